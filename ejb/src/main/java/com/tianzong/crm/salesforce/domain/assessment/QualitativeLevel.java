package com.tianzong.crm.salesforce.domain.assessment;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One scoring level of a qualitative indicator: its number (1 is the best), its score and its standard. */
@Entity
@Table(name = "qualitative_level")
public class QualitativeLevel extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private QualitativeIndicator indicator;

    @Column(name = "level_no", nullable = false)
    private int levelNo;

    @Column(name = "score", nullable = false, precision = 5, scale = 1)
    private BigDecimal score;

    @Column(name = "standard", nullable = false)
    private String standard;

    protected QualitativeLevel() {
    }

    QualitativeLevel(QualitativeIndicator indicator, int levelNo, BigDecimal score, String standard) {
        this.indicator = indicator;
        this.levelNo = levelNo;
        this.score = score;
        this.standard = standard;
    }

    void numbered(int number) {
        this.levelNo = number;
    }

    public void setScore(BigDecimal score) {
        this.score = score == null ? null : score.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    public void setStandard(String standard) {
        this.standard = standard == null ? null : standard.strip();
    }

    public QualitativeIndicator getIndicator() {
        return indicator;
    }

    public Integer getLevelNo() {
        return levelNo;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getStandard() {
        return standard;
    }
}
