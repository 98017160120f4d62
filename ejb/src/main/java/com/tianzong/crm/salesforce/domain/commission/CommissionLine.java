package com.tianzong.crm.salesforce.domain.commission;

import java.math.BigDecimal;

/** How one band contributed: the part of the base in it, the rate, and the commission on it. */
public record CommissionLine(CommissionTier tier, BigDecimal portion, BigDecimal rate, BigDecimal commission) {

    // bean-style reads for the pages: Jakarta EL 5 does not see record components

    public BigDecimal getLowerBound() {
        return tier.lowerBound();
    }

    /** The band's upper bound; null for the open-ended last band. */
    public BigDecimal getUpperBound() {
        return tier.upperBound();
    }

    public BigDecimal getPortion() {
        return portion;
    }

    /** The rate in percent with two decimals (0.0150 → 1.50). */
    public BigDecimal getRatePercent() {
        return rate.movePointRight(2).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    public BigDecimal getCommission() {
        return commission;
    }
}
