package com.tianzong.crm.salesforce.domain.commission;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One band of a tiered rule: amounts from {@code lowerBound} (inclusive) up to {@code upperBound}
 * (exclusive; none for the last, open-ended band) earn {@code rate} (a fraction: 0.0150 is 1.5 %).
 */
public record CommissionTier(BigDecimal lowerBound, BigDecimal upperBound, BigDecimal rate) {

    public CommissionTier {
        lowerBound = CommissionRule.amount(lowerBound);
        upperBound = upperBound == null ? null : CommissionRule.amount(upperBound);
        rate = CommissionRule.rate(rate);
    }

    public static CommissionTier of(String lowerBound, String upperBound, String rate) {
        return new CommissionTier(new BigDecimal(lowerBound), upperBound == null ? null : new BigDecimal(upperBound), new BigDecimal(rate));
    }

    public Optional<BigDecimal> upper() {
        return Optional.ofNullable(upperBound);
    }

    /** Whether an amount lies in this band: {@code lower <= amount < upper}. */
    boolean contains(BigDecimal amount) {
        return amount.compareTo(lowerBound) >= 0 && (upperBound == null || amount.compareTo(upperBound) < 0);
    }

    /** The part of an amount that falls into this band (zero when it does not reach the band). */
    BigDecimal portionOf(BigDecimal amount) {
        if (amount.compareTo(lowerBound) <= 0) {
            return BigDecimal.ZERO.setScale(CommissionRule.AMOUNT_SCALE);
        }
        BigDecimal top = upperBound == null || amount.compareTo(upperBound) < 0 ? amount : upperBound;
        return top.subtract(lowerBound);
    }
}
