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
