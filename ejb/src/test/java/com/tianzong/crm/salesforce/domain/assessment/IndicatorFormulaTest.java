package com.tianzong.crm.salesforce.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** BAS-04: indicator formulas over metrics, worked by hand. */
class IndicatorFormulaTest {

    private static final Set<String> METRICS = Set.of("SALES_ACTUAL", "SALES_TARGET", "VISITS", "WORKING_DAYS", "EXPENSES");

    @Test
    void BAS04_targetAttainmentIsActualOverTargetInPercent() {
        IndicatorFormula formula = IndicatorFormula.parse("SALES_ACTUAL / SALES_TARGET * 100", METRICS);
        assertThat(formula.metrics()).containsExactlyInAnyOrder("SALES_ACTUAL", "SALES_TARGET");
        // 462,500 of a 500,000 target = 92.50 %
        assertThat(formula.evaluate(Map.of("SALES_ACTUAL", new BigDecimal("462500.00"), "SALES_TARGET", new BigDecimal("500000.00"))))
                .isEqualTo(new BigDecimal("92.50"));
        // 2 of 3 = 66.666… % rounds half-up to 66.67
        assertThat(formula.evaluate(Map.of("SALES_ACTUAL", new BigDecimal("2"), "SALES_TARGET", new BigDecimal("3"))))
                .isEqualTo(new BigDecimal("66.67"));
    }

    @Test
    void BAS04_chineseKeyboardFormsAndLowerCaseNamesAreUnderstood() {
        IndicatorFormula formula = IndicatorFormula.parse("（visits ÷ working_days）× １", METRICS);
        // 57 visits in 21 working days = 2.714… → 2.71 visits a day
        assertThat(formula.evaluate(Map.of("VISITS", new BigDecimal("57"), "WORKING_DAYS", new BigDecimal("21"))))
                .isEqualTo(new BigDecimal("2.71"));
        IndicatorFormula capped = IndicatorFormula.parse("MIN(SALES_ACTUAL / SALES_TARGET * 100, 120)", METRICS);
        assertThat(capped.evaluate(Map.of("SALES_ACTUAL", new BigDecimal("900000"), "SALES_TARGET", new BigDecimal("500000"))))
                .as("180 % capped at 120").isEqualTo(new BigDecimal("120.00"));
        IndicatorFormula conditional = IndicatorFormula.parse("IF(SALES_TARGET > 0, EXPENSES / SALES_ACTUAL * 100, 0)", METRICS);
        assertThat(conditional.evaluate(Map.of("SALES_TARGET", BigDecimal.TEN, "EXPENSES", new BigDecimal("18250"),
                "SALES_ACTUAL", new BigDecimal("462500")))).isEqualTo(new BigDecimal("3.95"));
    }

    @Test
    void BAS04_badFormulasAreRefusedWithTheReason() {
        assertRefused("SALES_ACTUAL / ", "formula.syntax");
        assertRefused("SALES_ACTUAL / (SALES_TARGET", "formula.syntax");
        assertRefused("SALARY / SALES_TARGET", "formula.unknownMetric");
        assertRefused("SALES_ACTUAL / 0", "formula.divisionByZero");
        assertRefused("SALES_ACTUAL / (SALES_TARGET - SALES_TARGET)", "formula.divisionByZero");
        assertRefused("100", "formula.noMetric");
        assertRefused(" ", "formula.empty");
        assertRefused("SALES_ACTUAL " + "+ 1 ".repeat(200), "formula.tooLong");
    }

    @Test
    void BAS04_aFormulaReachesNothingButArithmetic() {
        assertRefused("SALES_TARGET ^ 99999999", "formula.syntax");
        assertRefused("STR_UPPER(\"x\")", "formula.syntax");
        assertRefused("DT_NOW()", "formula.syntax");
        assertRefused("SALES_TARGET.class", "formula.syntax");
        assertRefused("FACT(100000)", "formula.syntax");
        assertRefused("PI * SALES_TARGET", "formula.unknownMetric");
        assertRefused("\"text\"", "formula.syntax");
    }

    @Test
    void BAS04_aZeroTargetInTheDataIsReportedNotComputed() {
        IndicatorFormula formula = IndicatorFormula.parse("SALES_ACTUAL / SALES_TARGET * 100", METRICS);
        assertThatThrownBy(() -> formula.evaluate(Map.of("SALES_ACTUAL", BigDecimal.TEN, "SALES_TARGET", BigDecimal.ZERO)))
                .isInstanceOfSatisfying(FormulaException.class, e -> assertThat(e.getMessageKey()).isEqualTo("formula.divisionByZero"));
    }

    private static void assertRefused(String formula, String key) {
        assertThatThrownBy(() -> IndicatorFormula.parse(formula, METRICS))
                .as(formula)
                .isInstanceOfSatisfying(FormulaException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
