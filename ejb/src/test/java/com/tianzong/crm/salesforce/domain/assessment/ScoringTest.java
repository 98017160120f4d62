package com.tianzong.crm.salesforce.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** ORG-07: an assessment's scores, worked by hand. */
class ScoringTest {

    @Test
    void ORG07_quantitativeScoresAreTheTargetsAchievementCappedAt120() {
        // 462,500 of 500,000 = 92.50
        assertThat(Scoring.quantitative(new BigDecimal("462500"), new BigDecimal("500000"), true)).isEqualTo(new BigDecimal("92.50"));
        // 700,000 of 500,000 = 140 → capped at 120
        assertThat(Scoring.quantitative(new BigDecimal("700000"), new BigDecimal("500000"), true)).isEqualTo(new BigDecimal("120.00"));
        // expense ratio 4 % against a ceiling of 5 %: lower is better, 5 ÷ 4 = 125 → 120
        assertThat(Scoring.quantitative(new BigDecimal("4"), new BigDecimal("5"), false)).isEqualTo(new BigDecimal("120.00"));
        // 6 % against 5 %: 5 ÷ 6 = 83.33
        assertThat(Scoring.quantitative(new BigDecimal("6"), new BigDecimal("5"), false)).isEqualTo(new BigDecimal("83.33"));
        assertThat(Scoring.quantitative(new BigDecimal("-10"), new BigDecimal("5"), true)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void ORG07_theTotalIsTheSumOfWeightedScores() {
        // sales attainment 92.50 × 50 % = 46.25; visits 2.71 of 3 a day = 90.33 × 30 % = 27.10 (27.099);
        // responsibility level 2 of 4: 8 of 10 = 80.00 × 20 % = 16.00; total 89.35
        BigDecimal sales = Scoring.weighted(new BigDecimal("92.50"), new BigDecimal("50"));
        BigDecimal visits = Scoring.weighted(Scoring.quantitative(new BigDecimal("2.71"), new BigDecimal("3"), true), new BigDecimal("30"));
        BigDecimal responsibility = Scoring.weighted(Scoring.qualitative(new BigDecimal("8.0"), new BigDecimal("10.0")), new BigDecimal("20"));
        assertThat(sales).isEqualTo(new BigDecimal("46.25"));
        assertThat(visits).isEqualTo(new BigDecimal("27.10"));
        assertThat(responsibility).isEqualTo(new BigDecimal("16.00"));
        assertThat(sales.add(visits).add(responsibility)).isEqualTo(new BigDecimal("89.35"));
    }
}
