package com.tianzong.crm.salesforce.domain.commission;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One stored band of a commission rule; its rate is a fraction (0.0150), shown as a percentage. */
@Entity
@Table(name = "commission_tier")
public class CommissionTierRecord extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_id", nullable = false, updatable = false)
    private CommissionRuleRecord rule;

    @Column(name = "lower_bound", nullable = false, precision = 18, scale = 2)
    private BigDecimal lowerBound;

    @Column(name = "upper_bound", precision = 18, scale = 2)
    private BigDecimal upperBound;

    @Column(name = "rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal rate;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CommissionTierRecord() {
    }

    CommissionTierRecord(CommissionRuleRecord rule, CommissionTier tier, int sortOrder) {
        this.rule = rule;
        this.lowerBound = tier.lowerBound();
        this.upperBound = tier.upperBound();
        this.rate = tier.rate();
        this.sortOrder = sortOrder;
    }

    public CommissionTier toTier() {
        return new CommissionTier(lowerBound, upperBound, rate);
    }

    public BigDecimal getLowerBound() {
        return lowerBound;
    }

    public BigDecimal getUpperBound() {
        return upperBound;
    }

    public BigDecimal getRate() {
        return rate;
    }

    /** The rate as a percentage with two decimals (0.0150 → 1.50). */
    public BigDecimal getRatePercent() {
        return rate.movePointRight(2).setScale(2, RoundingMode.UNNECESSARY);
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
