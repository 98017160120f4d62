package com.tianzong.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.customer.domain.SellThrough.Month;
import com.tianzong.crm.customer.domain.SellThrough.Trend;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CUS-08: the sell-through trend, worked by hand. */
class SellThroughTest {

    @Test
    void CUS08_salesAgainstTheMonthBeforeAndMonthsOfStockOnHand() {
        List<Trend> trend = SellThrough.of(List.of(
                month("2026-01", "40", "120"),
                month("2026-02", "50", "100"),
                month("2026-03", "45", "90"),
                month("2026-04", "0", "90")));

        // January: nothing before; cover 120 / 40 = 3.0 months
        assertThat(trend.get(0).changePercent()).isNull();
        assertThat(trend.get(0).monthsOfCover()).isEqualByComparingTo("3.0");
        // February: (50 − 40) / 40 = +25.0 %; cover 100 / ((40 + 50) / 2 = 45) = 2.22 → 2.2
        assertThat(trend.get(1).changePercent()).isEqualByComparingTo("25.0");
        assertThat(trend.get(1).monthsOfCover()).isEqualByComparingTo("2.2");
        // March: (45 − 50) / 50 = −10.0 %; cover 90 / ((40 + 50 + 45) / 3 = 45) = 2.0
        assertThat(trend.get(2).changePercent()).isEqualByComparingTo("-10.0");
        assertThat(trend.get(2).monthsOfCover()).isEqualByComparingTo("2.0");
        // April: nothing sold, −100.0 %; cover 90 / ((50 + 45 + 0) / 3 = 31.67) = 2.84 → 2.8 (January falls out)
        assertThat(trend.get(3).changePercent()).isEqualByComparingTo("-100.0");
        assertThat(trend.get(3).monthsOfCover()).isEqualByComparingTo("2.8");
    }

    @Test
    void CUS08_aMissingMonthOrNothingSoldLeavesTheFigureOpen() {
        List<Trend> trend = SellThrough.of(List.of(
                month("2026-01", "0", "60"),
                month("2026-02", "30", "30"),
                month("2026-05", "33", "27")));
        assertThat(trend.get(0).monthsOfCover()).as("nothing sold: no cover figure").isNull();
        assertThat(trend.get(1).changePercent()).as("nothing sold the month before").isNull();
        assertThat(trend.get(2).changePercent()).as("March and April were not reported").isNull();
        // May: only May lies within March..May: 27 / 33 = 0.818 → 0.8
        assertThat(trend.get(2).monthsOfCover()).isEqualByComparingTo("0.8");
    }

    private static Month month(String month, String sold, String closing) {
        return new Month(YearMonth.parse(month), new BigDecimal(sold), new BigDecimal(closing));
    }
}
