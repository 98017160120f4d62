package com.tianzong.crm.salesforce.domain.assessment;

import com.tianzong.crm.platform.security.OwnedRecord;
import com.tianzong.crm.salesforce.domain.SalesRep;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A rep's performance assessment for one period (销售业绩考核, ORG-07): a questionnaire filled in —
 * quantitative indicators from the data, qualitative ones by the manager — with its weighted
 * total. Once confirmed it is history and no longer changes. It belongs to the rep.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends OwnedRecord {

    private static final long serialVersionUID = 1L;

    public static final String DRAFT = "DRAFT";
    public static final String CONFIRMED = "CONFIRMED";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rep_id", nullable = false)
    private SalesRep rep;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "questionnaire_id", nullable = false)
    private Questionnaire questionnaire;

    @NotNull
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "status", nullable = false)
    private String status = DRAFT;

    @Column(name = "total_score", precision = 7, scale = 2)
    private BigDecimal totalScore;

    @Column(name = "assessor")
    private String assessor;

    @Size(max = 1000)
    @Column(name = "comment", nullable = false)
    private String comment = "";

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("sortOrder ASC")
    private List<AssessmentScore> scores = new ArrayList<>();

    /** The questionnaire's lines become this assessment's scores, to be filled in. */
    public void takeLinesFrom(Questionnaire source) {
        scores.clear();
        for (QuestionnaireItem item : source.getItems()) {
            scores.add(new AssessmentScore(this, item));
        }
        totalScore = null;
    }

    /** The total once every indicator is scored: the sum of the weighted parts; none before. */
    public void total() {
        totalScore = scores.stream().allMatch(AssessmentScore::isScored)
                ? scores.stream().map(AssessmentScore::getWeighted).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)
                : null;
    }

    public void confirm(String by) {
        status = CONFIRMED;
        assessor = by;
        confirmedAt = OffsetDateTime.now();
    }

    public boolean isConfirmed() {
        return CONFIRMED.equals(status);
    }

    public SalesRep getRep() {
        return rep;
    }

    public void setRep(SalesRep rep) {
        this.rep = rep;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public void setQuestionnaire(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getStatus() {
        return status;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public String getAssessor() {
        return assessor;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment == null ? "" : comment.strip();
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public List<AssessmentScore> getScores() {
        return scores;
    }
}
