package com.tianzong.crm.customer.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The sell-through trend of one product at one customer (CUS-08), month by month: sales against
 * the month before (in per cent, one decimal, half up) and the months of stock on hand (closing
 * stock over the average sales of the month and the two before it, one decimal, half up).
 */
public final class SellThrough {

    /** How many months, this one included, the average sales for the cover are taken over. */
    public static final int COVER_MONTHS = 3;

    private SellThrough() {
    }

    /** One month's reported sales and counted closing stock. */
    public record Month(YearMonth month, BigDecimal sold, BigDecimal closing) {
    }

    /** The month with its trend figures; a figure that cannot be worked out (nothing sold before) is null. */
    public record Trend(YearMonth month, BigDecimal sold, BigDecimal closing, BigDecimal changePercent, BigDecimal monthsOfCover) {

        // bean-style reads for the pages: Jakarta EL 5 does not see record components
        public String getMonth() {
            return month.toString();
        }

        public BigDecimal getSold() {
            return sold;
        }

        public BigDecimal getClosing() {
            return closing;
        }

        public BigDecimal getChangePercent() {
            return changePercent;
        }

        public BigDecimal getMonthsOfCover() {
            return monthsOfCover;
        }
    }

    /** The trend of the months given in calendar order; a month missing in between breaks the comparison. */
    public static List<Trend> of(List<Month> months) {
        List<Trend> trend = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Month month = months.get(i);
            Month before = i > 0 && months.get(i - 1).month().plusMonths(1).equals(month.month()) ? months.get(i - 1) : null;
            BigDecimal change = before == null || before.sold().signum() == 0 ? null
                    : month.sold().subtract(before.sold()).multiply(BigDecimal.valueOf(100)).divide(before.sold(), 1, RoundingMode.HALF_UP);
            trend.add(new Trend(month.month(), month.sold(), month.closing(), change, cover(months, i)));
        }
        return trend;
    }

    private static BigDecimal cover(List<Month> months, int index) {
        YearMonth first = months.get(index).month().minusMonths(COVER_MONTHS - 1L);
        BigDecimal sold = BigDecimal.ZERO;
        int counted = 0;
        for (int i = index; i >= 0 && !months.get(i).month().isBefore(first); i--) {
            sold = sold.add(months.get(i).sold());
            counted++;
        }
        if (sold.signum() == 0) {
            return null;
        }
        BigDecimal average = sold.divide(BigDecimal.valueOf(counted), 6, RoundingMode.HALF_UP);
        return months.get(index).closing().divide(average, 1, RoundingMode.HALF_UP);
    }
}
