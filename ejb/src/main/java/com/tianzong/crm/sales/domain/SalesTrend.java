package com.tianzong.crm.sales.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The sales trend (销售趋势, SAL-10) of the last twelve months: each month's sales, the change on
 * the month before (环比) and on the same month a year before (同比), in percent to a tenth; no
 * change where the month compared with sold nothing.
 */
public final class SalesTrend {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    public static final int MONTHS = 12;

    /** A month of the trend. */
    public record Month(YearMonth month, BigDecimal amount, BigDecimal lastYear, BigDecimal monthOnMonth, BigDecimal yearOnYear) {

        public YearMonth getMonth() {
            return month;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public BigDecimal getLastYear() {
            return lastYear;
        }

        public BigDecimal getMonthOnMonth() {
            return monthOnMonth;
        }

        public BigDecimal getYearOnYear() {
            return yearOnYear;
        }
    }

    private SalesTrend() {
    }

    /**
     * The last twelve of {@code twentyFour} months of sales starting in {@code first} (so the first
     * twelve are the year before).
     */
    public static List<Month> of(YearMonth first, List<BigDecimal> twentyFour) {
        if (twentyFour.size() != 2 * MONTHS) {
            throw new IllegalArgumentException("24 months, not " + twentyFour.size());
        }
        List<Month> months = new ArrayList<>();
        for (int i = MONTHS; i < 2 * MONTHS; i++) {
            BigDecimal amount = twentyFour.get(i);
            months.add(new Month(first.plusMonths(i), amount, twentyFour.get(i - MONTHS),
                    change(amount, twentyFour.get(i - 1)), change(amount, twentyFour.get(i - MONTHS))));
        }
        return months;
    }

    static BigDecimal change(BigDecimal now, BigDecimal before) {
        return before.signum() == 0 ? null : now.subtract(before).multiply(HUNDRED).divide(before.abs(), 1, RoundingMode.HALF_UP);
    }
}
