package com.tianzong.crm.salesforce.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an assessment scores (ORG-07), every score on a scale of 100 and rounded half-up to the
 * cent so that the total is exactly the sum of its parts:
 * <ul>
 * <li>a quantitative indicator scores its achievement of the target in percent — actual ÷ target
 * where higher is better, target ÷ actual where lower is better — at least 0 and at most
 * {@link #CAP} (a rep who beats the target is rewarded, up to a point);</li>
 * <li>a qualitative indicator scores the chosen level's score as a share of the highest score;</li>
 * <li>each indicator adds its score times its weight (the weights make 100 %).</li>
 * </ul>
 */
public final class Scoring {

    public static final BigDecimal CAP = new BigDecimal("120.00");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Scoring() {
    }

    public static BigDecimal quantitative(BigDecimal actual, BigDecimal target, boolean higherIsBetter) {
        if (target.signum() <= 0) {
            throw new IllegalArgumentException("a target is above zero");
        }
        BigDecimal achievement;
        if (higherIsBetter) {
            achievement = actual.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
        } else if (actual.signum() <= 0) {
            achievement = CAP;
        } else {
            achievement = target.multiply(HUNDRED).divide(actual, 2, RoundingMode.HALF_UP);
        }
        return achievement.max(BigDecimal.ZERO.setScale(2)).min(CAP);
    }

    public static BigDecimal qualitative(BigDecimal levelScore, BigDecimal maxScore) {
        return levelScore.multiply(HUNDRED).divide(maxScore, 2, RoundingMode.HALF_UP);
    }

    /** The indicator's part of the total: its score times its weight in percent. */
    public static BigDecimal weighted(BigDecimal score, BigDecimal weightPercent) {
        return score.multiply(weightPercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
