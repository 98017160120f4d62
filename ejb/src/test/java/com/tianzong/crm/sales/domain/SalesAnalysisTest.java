package com.tianzong.crm.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.sales.domain.SalesRanking.Entry;
import com.tianzong.crm.sales.domain.SalesRanking.Ranked;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SAL-10: the ranking with shares and ABC classes, and the trend's month-on-month and year-on-year changes, worked out by hand. */
class SalesAnalysisTest {

    @Test
    void SAL10_theRankingSharesTheTotalAndClassesItABC() {
        List<Ranked> ranked = SalesRanking.rank(List.of(
                new Entry(1L, "苏州恒达", new BigDecimal("50000.00")),
                new Entry(2L, "昆山鼎盛", new BigDecimal("30000.00")),
                new Entry(3L, "无锡华光", new BigDecimal("10000.00")),
                new Entry(4L, "南通远大", new BigDecimal("6000.00")),
                new Entry(5L, "常州天宁", new BigDecimal("4000.00"))));
        // total 100,000: 50 %, 30 % (80 % reached), 10 %, 6 % (96 %), 4 %
        assertThat(ranked).extracting(Ranked::label).containsExactly("苏州恒达", "昆山鼎盛", "无锡华光", "南通远大", "常州天宁");
        assertThat(ranked).extracting(Ranked::share).extracting(BigDecimal::toPlainString)
                .containsExactly("50.00", "30.00", "10.00", "6.00", "4.00");
        assertThat(ranked).extracting(Ranked::cumulative).extracting(BigDecimal::toPlainString)
                .containsExactly("50.00", "80.00", "90.00", "96.00", "100.00");
        assertThat(ranked).extracting(Ranked::abc).containsExactly('A', 'A', 'B', 'B', 'C');
    }

    @Test
    void SAL10_equalAmountsShareARankAndNothingSoldSharesNothing() {
        List<Ranked> ranked = SalesRanking.rank(List.of(
                new Entry(1L, "乙", new BigDecimal("200.00")), new Entry(2L, "甲", new BigDecimal("200.00")),
                new Entry(3L, "丙", new BigDecimal("300.00")), new Entry(4L, "丁", new BigDecimal("100.00"))));
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 2, 4);
        // 300 / 800 = 37.50 %; 200 / 800 = 25.00 %; the fen is never lost: 37.5 + 25 + 25 + 12.5
        assertThat(ranked.get(3).cumulative()).isEqualByComparingTo("100.00");

        List<Ranked> none = SalesRanking.rank(List.of(new Entry(1L, "甲", BigDecimal.ZERO)));
        assertThat(none.get(0).share()).isEqualByComparingTo("0.00");
        assertThat(SalesRanking.rank(List.of())).isEmpty();
    }

    @Test
    void SAL10_theTrendComparesEachMonthWithTheOneBeforeAndTheSameMonthLastYear() {
        List<BigDecimal> months = new ArrayList<>(Collections.nCopies(24, new BigDecimal("100.00")));
        months.set(11, new BigDecimal("80.00"));      // December last year
        months.set(12, new BigDecimal("120.00"));     // January: +50 % on December, +20 % on January last year
        months.set(1, BigDecimal.ZERO);               // February the year before sold nothing
        List<SalesTrend.Month> trend = SalesTrend.of(YearMonth.of(2025, 1), months);

        assertThat(trend).hasSize(12);
        assertThat(trend.get(0).month()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(trend.get(0).monthOnMonth()).isEqualByComparingTo("50.0");
        assertThat(trend.get(0).yearOnYear()).isEqualByComparingTo("20.0");
        assertThat(trend.get(1).monthOnMonth()).as("120 → 100").isEqualByComparingTo("-16.7");
        assertThat(trend.get(1).yearOnYear()).as("nothing a year before: no change").isNull();
        assertThat(trend.get(11).lastYear()).isEqualByComparingTo("80.00");
    }
}
