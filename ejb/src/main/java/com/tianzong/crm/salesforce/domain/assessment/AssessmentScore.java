package com.tianzong.crm.salesforce.domain.assessment;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One indicator of an assessment, copied from the questionnaire when the assessment is made (so a
 * later change to the questionnaire does not rewrite history): the actual value and score of a
 * quantitative one, the chosen level and score of a qualitative one, and its weighted part.
 */
@Entity
@Table(name = "assessment_score")
public class AssessmentScore extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private Assessment assessment;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "indicator_code", nullable = false)
    private String indicatorCode;

    @Column(name = "indicator_name", nullable = false)
    private String indicatorName;

    @Column(name = "qualitative", nullable = false)
    private boolean qualitative;

    @Column(name = "weight", nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    @Column(name = "target", precision = 14, scale = 2)
    private BigDecimal target;

    @Column(name = "actual", precision = 18, scale = 2)
    private BigDecimal actual;

    @Column(name = "level_no")
    private Integer levelNo;

    @Column(name = "score", precision = 7, scale = 2)
    private BigDecimal score;

    @Column(name = "weighted", precision = 7, scale = 2)
    private BigDecimal weighted;

    @Column(name = "problem")
    private String problem;

    protected AssessmentScore() {
    }

    AssessmentScore(Assessment assessment, QuestionnaireItem item) {
        this.assessment = assessment;
        this.sortOrder = item.getSortOrder();
        this.indicatorCode = item.getIndicatorCode();
        this.indicatorName = item.getIndicatorName();
        this.qualitative = item.isQualitative();
        this.weight = item.getWeight();
        this.target = item.getTarget();
    }

    /** A quantitative indicator worked out: its actual value and the score that follows. */
    public void computed(BigDecimal actualValue, boolean higherIsBetter) {
        this.actual = actualValue;
        this.problem = null;
        scored(Scoring.quantitative(actualValue, target, higherIsBetter));
    }

    /** A quantitative indicator that could not be worked out scores nothing, and says why. */
    public void notComputable(String problemKey) {
        this.actual = null;
        this.problem = problemKey;
        scored(BigDecimal.ZERO.setScale(2));
    }

    /** A qualitative indicator scored by the manager at a level. */
    public void levelChosen(int level, BigDecimal levelScore, BigDecimal maxScore) {
        this.levelNo = level;
        scored(Scoring.qualitative(levelScore, maxScore));
    }

    private void scored(BigDecimal value) {
        this.score = value;
        this.weighted = Scoring.weighted(value, weight);
    }

    public boolean isScored() {
        return score != null;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public String getIndicatorName() {
        return indicatorName;
    }

    public boolean isQualitative() {
        return qualitative;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public Integer getLevelNo() {
        return levelNo;
    }

    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getWeighted() {
        return weighted;
    }

    public String getProblem() {
        return problem;
    }
}
