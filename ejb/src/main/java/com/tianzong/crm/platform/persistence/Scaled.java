package com.tianzong.crm.platform.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How entities take typed amounts and quantities: at their column's scale, never rounded. */
public final class Scaled {

    private Scaled() {
    }

    /**
     * The value at the given scale (1.5 becomes 1.50); one with more significant decimals is kept
     * as it is, so that validation ({@code @Digits}) refuses it instead of a silent rounding.
     */
    public static BigDecimal exactly(BigDecimal value, int scale) {
        if (value == null) {
            return null;
        }
        return value.stripTrailingZeros().scale() > scale ? value : value.setScale(scale, RoundingMode.UNNECESSARY);
    }
}
