package com.tianzong.crm.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.sales.domain.SalesForecast.Method;
import com.tianzong.crm.sales.domain.SalesForecast.Point;
import com.tianzong.crm.sales.domain.SalesForecast.Result;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SAL-01: each forecasting method on four months worked out by hand, its errors on the past, and the best first. */
class SalesForecastTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final List<BigDecimal> HISTORY = amounts("100", "120", "110", "130");

    @Test
    void SAL01_theMovingAverageForecastsEachMonthFromTheThreeBefore() {
        Result result = SalesForecast.forecast(Method.MOVING_AVERAGE, JANUARY, HISTORY, 2);
        // April from January–March: (100 + 120 + 110) / 3 = 110.00, off by 20
        assertThat(result.past()).extracting(Point::forecast).containsExactly(null, null, null, new BigDecimal("110.00"));
        assertThat(result.mae()).isEqualByComparingTo("20.00");
        assertThat(result.mape()).as("20 / 130").isEqualByComparingTo("15.38");
        // May and June from February–April: (120 + 110 + 130) / 3
        assertThat(result.future()).extracting(Point::month).containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        assertThat(result.future()).extracting(Point::forecast).containsExactly(new BigDecimal("120.00"), new BigDecimal("120.00"));
        assertThat(result.getFutureTotal()).isEqualByComparingTo("240.00");
    }

    @Test
    void SAL01_exponentialSmoothingTakesThirtyPercentOfEachNewMonth() {
        Result result = SalesForecast.forecast(Method.EXPONENTIAL_SMOOTHING, JANUARY, HISTORY, 1);
        // level 100 → 0.3×120 + 0.7×100 = 106 → 0.3×110 + 0.7×106 = 107.2 → 0.3×130 + 0.7×107.2 = 114.04
        assertThat(result.past()).extracting(Point::forecast)
                .containsExactly(null, new BigDecimal("100.00"), new BigDecimal("106.00"), new BigDecimal("107.20"));
        assertThat(result.past()).extracting(Point::error)
                .containsExactly(null, new BigDecimal("20.00"), new BigDecimal("4.00"), new BigDecimal("22.80"));
        // (20 + 4 + 22.8) / 3 = 15.60; (20/120 + 4/110 + 22.8/130) / 3 = 12.61 %
        assertThat(result.mae()).isEqualByComparingTo("15.60");
        assertThat(result.mape()).isEqualByComparingTo("12.61");
        assertThat(result.future()).singleElement().extracting(Point::forecast).isEqualTo(new BigDecimal("114.04"));
    }

    @Test
    void SAL01_holtFollowsTheTrendAndNeverForecastsBelowZero() {
        Result result = SalesForecast.forecast(Method.HOLT_LINEAR, JANUARY, HISTORY, 2);
        // level 120, trend 20 after February; March 140 (off by 30): level 131, trend 0.2×11 + 0.8×20 = 18.2;
        // April 149.2 (off by 19.2): level 143.44, trend 0.2×12.44 + 0.8×18.2 = 17.048
        assertThat(result.past()).extracting(Point::forecast)
                .containsExactly(null, null, new BigDecimal("140.00"), new BigDecimal("149.20"));
        assertThat(result.mae()).isEqualByComparingTo("24.60");
        assertThat(result.mape()).as("(30/110 + 19.2/130) / 2").isEqualByComparingTo("21.02");
        assertThat(result.future()).extracting(Point::forecast).containsExactly(new BigDecimal("160.49"), new BigDecimal("177.54"));

        Result falling = SalesForecast.forecast(Method.HOLT_LINEAR, JANUARY, amounts("300", "200", "100", "0"), 3);
        assertThat(falling.future()).extracting(Point::forecast).allSatisfy(amount -> assertThat(amount.signum()).isZero());
    }

    @Test
    void SAL01_theMethodWithTheSmallestErrorOnThePastComesFirst() {
        assertThat(SalesForecast.all(JANUARY, HISTORY, 3)).extracting(Result::method)
                .containsExactly(Method.EXPONENTIAL_SMOOTHING, Method.MOVING_AVERAGE, Method.HOLT_LINEAR);

        Result tooShort = SalesForecast.forecast(Method.MOVING_AVERAGE, JANUARY, amounts("50", "70"), 1);
        assertThat(tooShort.mae()).as("no month could be tried").isNull();
        assertThat(tooShort.future()).singleElement().extracting(Point::forecast).isEqualTo(new BigDecimal("60.00"));
        Result none = SalesForecast.forecast(Method.EXPONENTIAL_SMOOTHING, JANUARY, amounts("0", "0", "0"), 1);
        assertThat(none.mae()).isEqualByComparingTo("0.00");
        assertThat(none.mape()).as("no month sold anything").isNull();
    }

    private static List<BigDecimal> amounts(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
