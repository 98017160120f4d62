package com.tianzong.crm.salesforce.domain.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.salesforce.domain.commission.CommissionRule.Basis;
import com.tianzong.crm.salesforce.domain.commission.CommissionRule.Mode;
import com.tianzong.crm.salesforce.domain.commission.CommissionRule.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BAS-06 worked examples: every expected figure is worked out by hand in the comment above it. */
class CommissionRuleTest {

    private static final List<CommissionTier> RISING = List.of(
            CommissionTier.of("0", "100000", "0.02"),
            CommissionTier.of("100000", "300000", "0.03"),
            CommissionTier.of("300000", null, "0.05"));

    private static final List<CommissionTier> FALLING = List.of(
            CommissionTier.of("0", "100000", "0.05"),
            CommissionTier.of("100000", "300000", "0.03"),
            CommissionTier.of("300000", null, "0.01"));

    @Test
    void BAS06_progressiveMarginalTiersOnSales() {
        // 100,000 × 2 % + 200,000 × 3 % + 50,000 × 5 % = 2,000 + 6,000 + 2,500 = 10,500.00
        CommissionResult result = rising(Mode.MARGINAL).calculate(new BigDecimal("350000"));
        assertThat(result.total()).isEqualByComparingTo("10500.00").hasScaleOf(2);
        assertThat(result.lines()).extracting(CommissionLine::commission)
                .containsExactly(new BigDecimal("2000.00"), new BigDecimal("6000.00"), new BigDecimal("2500.00"));
        assertThat(result.lines()).extracting(CommissionLine::portion)
                .containsExactly(new BigDecimal("100000.00"), new BigDecimal("200000.00"), new BigDecimal("50000.00"));
    }

    @Test
    void BAS06_progressiveWholeAmountTakesTheReachedBandsRateForAll() {
        // 350,000 reaches the third band: 350,000 × 5 % = 17,500.00
        assertThat(rising(Mode.WHOLE_AMOUNT).calculate(new BigDecimal("350000")).total()).isEqualByComparingTo("17500.00");
        // 250,000 is in the second band: 250,000 × 3 % = 7,500.00
        assertThat(rising(Mode.WHOLE_AMOUNT).calculate(new BigDecimal("250000")).total()).isEqualByComparingTo("7500.00");
    }

    @Test
    void BAS06_decreasingMarginalTiers() {
        // 100,000 × 5 % + 200,000 × 3 % + 50,000 × 1 % = 5,000 + 6,000 + 500 = 11,500.00
        CommissionRule falling = CommissionRule.tiered("FALL", Type.DECREASING, Mode.MARGINAL, Basis.GROSS_PROFIT, FALLING);
        assertThat(falling.calculate(new BigDecimal("350000")).total()).isEqualByComparingTo("11500.00");
        // 80,000 × 5 % = 4,000.00 (only the first band is reached)
        assertThat(falling.calculate(new BigDecimal("80000")).lines()).hasSize(1);
        assertThat(falling.calculate(new BigDecimal("80000")).total()).isEqualByComparingTo("4000.00");
    }

    @Test
    void BAS06_fixedRateOnCollections() {
        // 123,456.78 × 1.5 % = 1,851.8517 → 1,851.85
        CommissionRule fixed = CommissionRule.fixed("FIX", Basis.COLLECTION, "0.015");
        assertThat(fixed.calculate(new BigDecimal("123456.78")).total()).isEqualByComparingTo("1851.85");
    }

    @Test
    void BAS06_bandBoundariesAreLowerInclusiveUpperExclusive() {
        // exactly 100,000: all of it in the first band, 100,000 × 2 % = 2,000.00
        assertThat(rising(Mode.MARGINAL).calculate(new BigDecimal("100000.00")).total()).isEqualByComparingTo("2000.00");
        // one cent more: 2,000.00 + 0.01 × 3 % = 2,000.0003 → the cent's line rounds to 0.00
        CommissionResult oneCentOver = rising(Mode.MARGINAL).calculate(new BigDecimal("100000.01"));
        assertThat(oneCentOver.lines()).hasSize(2);
        assertThat(oneCentOver.total()).isEqualByComparingTo("2000.00");
        // whole amount: exactly 100,000 is already in the second band, 100,000 × 3 % = 3,000.00
        assertThat(rising(Mode.WHOLE_AMOUNT).calculate(new BigDecimal("100000")).total()).isEqualByComparingTo("3000.00");
        // 99,999.99 × 2 % = 1,999.9998 → 2,000.00
        assertThat(rising(Mode.WHOLE_AMOUNT).calculate(new BigDecimal("99999.99")).total()).isEqualByComparingTo("2000.00");
    }

    @Test
    void BAS06_eachLineIsRoundedHalfUpAndTheTotalIsTheirSum() {
        // 12,345.67: one band: 12,345.67 × 2 % = 246.9134 → 246.91
        assertThat(rising(Mode.MARGINAL).calculate(new BigDecimal("12345.67")).total()).isEqualByComparingTo("246.91");
        // 100,000.25 → 2,000.00 + 0.25 × 3 % (0.0075 → 0.01) = 2,000.01
        CommissionResult result = rising(Mode.MARGINAL).calculate(new BigDecimal("100000.25"));
        assertThat(result.lines().get(1).commission()).isEqualByComparingTo("0.01");
        assertThat(result.total()).isEqualByComparingTo("2000.01")
                .isEqualByComparingTo(result.lines().stream().map(CommissionLine::commission).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void BAS06_noCommissionOnZeroOrNegativeBase() {
        assertThat(rising(Mode.MARGINAL).calculate(BigDecimal.ZERO).total()).isEqualByComparingTo("0.00").hasScaleOf(2);
        assertThat(rising(Mode.MARGINAL).calculate(new BigDecimal("-5000")).lines()).isEmpty();
    }

    @Test
    void BAS06_refusesRulesThatCannotBeCalculated() {
        assertRefused(List.of(CommissionTier.of("1000", null, "0.02")), Type.INCREASING, "commission.tiers.startAtZero");
        assertRefused(List.of(CommissionTier.of("0", "100000", "0.02"), CommissionTier.of("150000", null, "0.03")),
                Type.INCREASING, "commission.tiers.gap");
        assertRefused(List.of(CommissionTier.of("0", "100000", "0.02")), Type.INCREASING, "commission.tiers.lastOpen");
        assertRefused(List.of(CommissionTier.of("0", "100000", "0.03"), CommissionTier.of("100000", null, "0.02")),
                Type.INCREASING, "commission.tiers.notIncreasing");
        assertRefused(List.of(CommissionTier.of("0", "100000", "0.01"), CommissionTier.of("100000", null, "0.02")),
                Type.DECREASING, "commission.tiers.notDecreasing");
        assertRefused(List.of(CommissionTier.of("0", null, "1.00")), Type.INCREASING, "commission.rate.range");
        assertRefused(List.of(CommissionTier.of("0", null, "-0.01")), Type.INCREASING, "commission.rate.range");
        assertRefused(List.of(), Type.INCREASING, "commission.tiers.missing");
        // bands in the order the user entered them: the second one ends below where it starts
        assertRefused(List.of(CommissionTier.of("0", "500000", "0.01"), CommissionTier.of("500000", "400000", "0.015"),
                CommissionTier.of("400000", null, "0.02")), Type.INCREASING, "commission.tiers.empty");
        assertRefused(List.of(CommissionTier.of("0", "1000", "0.01"), CommissionTier.of("1000", null, "0.01")), Type.FIXED,
                "commission.fixed.oneRate");
        assertThatThrownBy(() -> CommissionTier.of("0", null, "0.00125"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("commission.rate.precision"));
        assertThatThrownBy(() -> rising(Mode.MARGINAL).calculate(new BigDecimal("10.001")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("commission.amount.cents"));
        CommissionRule backwards = new CommissionRule("R", Type.INCREASING, Mode.MARGINAL, Basis.SALES_AMOUNT, RISING, null, null,
                LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1));
        assertThatThrownBy(backwards::validated)
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("commission.validity.order"));
    }

    @Test
    void BAS06_ruleAppliesOnlyInItsPeriodCategoryAndGrade() {
        CommissionRule rule = new CommissionRule("R", Type.INCREASING, Mode.MARGINAL, Basis.SALES_AMOUNT, RISING, "MOTOR", "SENIOR",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(rule.appliesTo(LocalDate.of(2026, 1, 1), "MOTOR", "SENIOR")).isTrue();
        assertThat(rule.appliesTo(LocalDate.of(2026, 12, 31), "MOTOR", "SENIOR")).isTrue();
        assertThat(rule.appliesTo(LocalDate.of(2027, 1, 1), "MOTOR", "SENIOR")).isFalse();
        assertThat(rule.appliesTo(LocalDate.of(2026, 6, 1), "PUMP", "SENIOR")).isFalse();
        assertThat(rule.appliesTo(LocalDate.of(2026, 6, 1), "MOTOR", "JUNIOR")).isFalse();
        CommissionRule anyone = CommissionRule.fixed("F", Basis.SALES_AMOUNT, "0.01");
        assertThat(anyone.appliesTo(LocalDate.of(2030, 6, 1), "PUMP", null)).isTrue();
    }

    private static CommissionRule rising(Mode mode) {
        return CommissionRule.tiered("RISE", Type.INCREASING, mode, Basis.SALES_AMOUNT, RISING);
    }

    private static void assertRefused(List<CommissionTier> tiers, Type type, String key) {
        assertThatThrownBy(() -> CommissionRule.tiered("BAD", type, Mode.MARGINAL, Basis.SALES_AMOUNT, tiers).validated())
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
