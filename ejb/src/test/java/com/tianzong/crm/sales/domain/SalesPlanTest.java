package com.tianzong.crm.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.records.BusinessRuleException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SAL-02: a plan's twelve months, their totals and attainment against what was sold, without a database. */
class SalesPlanTest {

    @Test
    void SAL02_aYearSpreadOverTwelveMonthsAddsUpToTheFen() {
        SalesPlan plan = new SalesPlan();
        plan.spreadEvenly(new BigDecimal("1000000.00"));
        // 1,000,000.00 / 12 = 83,333.33 a month; December takes the 0.04 left over
        assertThat(plan.getLines()).extracting(SalesPlanLine::getMonth).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(plan.getLines().get(0).getPlanned()).isEqualByComparingTo("83333.33");
        assertThat(plan.getLines().get(11).getPlanned()).isEqualByComparingTo("83333.37");
        assertThat(plan.getPlannedTotal()).isEqualByComparingTo("1000000.00");
        assertThat(plan.getAttainment()).isEqualByComparingTo("0.0");
        assertThat(plan.isLinesFixed()).isTrue();
        assertThatThrownBy(plan::addLine).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void SAL02_attainmentIsWhatWasSoldOverWhatWasPlannedToATenthOfAPercent() {
        SalesPlan plan = new SalesPlan();
        plan.getLines().get(0).setPlanned(new BigDecimal("30000.00"));
        plan.getLines().get(1).setPlanned(new BigDecimal("20000.00"));
        List<BigDecimal> sold = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        sold.set(0, new BigDecimal("32500.00"));
        sold.set(1, new BigDecimal("9999.99"));
        sold.set(2, new BigDecimal("1500.00"));
        plan.actuals(sold, OffsetDateTime.parse("2027-03-01T08:00:00+08:00"));

        assertThat(plan.getLines().get(0).getAttainment()).as("32,500 / 30,000").isEqualByComparingTo("108.3");
        assertThat(plan.getLines().get(1).getAttainment()).as("9,999.99 / 20,000 = 49.99995 %").isEqualByComparingTo("50.0");
        assertThat(plan.getLines().get(2).getAttainment()).as("nothing planned: no attainment").isNull();
        assertThat(plan.getActualTotal()).isEqualByComparingTo("43999.99");
        assertThat(plan.getPlannedTotal()).isEqualByComparingTo("50000.00");
        assertThat(plan.getAttainment()).as("43,999.99 / 50,000").isEqualByComparingTo("88.0");
        assertThat(plan.getActualsAt()).isEqualTo(OffsetDateTime.parse("2027-03-01T08:00:00+08:00"));

        assertThat(new SalesPlan().getAttainment()).as("an empty plan").isNull();
        plan.getLines().get(5).setPlanned(new BigDecimal("-0.01"));
        assertThatThrownBy(plan::checkLines)
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("salesPlan.plannedNegative"));
    }
}
