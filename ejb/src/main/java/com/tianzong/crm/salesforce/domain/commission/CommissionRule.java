package com.tianzong.crm.salesforce.domain.commission;

import com.tianzong.crm.platform.records.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A commission rule as the calculator sees it. {@link #validated} refuses a rule that could not
 * be calculated unambiguously, with the message key of the first problem:
 * <ul>
 * <li>a FIXED rule has exactly one open-ended band from 0;</li>
 * <li>tiers start at 0, follow each other without gap or overlap, and only the last is open-ended;</li>
 * <li>INCREASING rates never fall from band to band, DECREASING rates never rise;</li>
 * <li>rates lie in [0, 1); the validity period, if closed, does not end before it starts.</li>
 * </ul>
 * Amounts have scale 2, rates scale 4; each band's commission is rounded half-up to the cent.
 */
public record CommissionRule(String code, Type type, Mode mode, Basis basis, List<CommissionTier> tiers,
                             String productCategory, String repGrade, LocalDate validFrom, LocalDate validTo) {

    public static final int AMOUNT_SCALE = 2;
    public static final int RATE_SCALE = 4;

    /** How rates change from band to band. */
    public enum Type { FIXED, INCREASING, DECREASING }

    /** Whether each band's rate applies to the part of the base in it, or the reached band's rate to all of it. */
    public enum Mode { MARGINAL, WHOLE_AMOUNT }

    /** What the commission is calculated on. */
    public enum Basis { SALES_AMOUNT, GROSS_PROFIT, COLLECTION }

    public CommissionRule {
        Objects.requireNonNull(type, "type");
        mode = type == Type.FIXED || mode == null ? Mode.MARGINAL : mode;
        Objects.requireNonNull(basis, "basis");
        // in the order given: validation names the band that is wrong as the user numbered it
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    /** A fixed rate on the whole base. */
    public static CommissionRule fixed(String code, Basis basis, String rate) {
        return new CommissionRule(code, Type.FIXED, Mode.MARGINAL, basis, List.of(CommissionTier.of("0", null, rate)),
                null, null, null, null);
    }

    public static CommissionRule tiered(String code, Type type, Mode mode, Basis basis, List<CommissionTier> tiers) {
        return new CommissionRule(code, type, mode, basis, tiers, null, null, null, null);
    }

    /** This rule, or the first reason why it cannot be calculated. */
    public CommissionRule validated() {
        if (tiers.isEmpty()) {
            throw new BusinessRuleException("commission.tiers.missing", "tiers");
        }
        if (type == Type.FIXED && tiers.size() != 1) {
            throw new BusinessRuleException("commission.fixed.oneRate", "tiers");
        }
        BigDecimal expectedLower = BigDecimal.ZERO.setScale(AMOUNT_SCALE);
        for (int i = 0; i < tiers.size(); i++) {
            CommissionTier tier = tiers.get(i);
            String band = Integer.toString(i + 1);
            if (tier.lowerBound().compareTo(expectedLower) != 0) {
                throw new BusinessRuleException(i == 0 ? "commission.tiers.startAtZero" : "commission.tiers.gap", "tiers",
                        band, expectedLower.toPlainString());
            }
            if (tier.rate().signum() < 0 || tier.rate().compareTo(BigDecimal.ONE) >= 0) {
                throw new BusinessRuleException("commission.rate.range", "tiers", band);
            }
            boolean last = i == tiers.size() - 1;
            if (last != tier.upper().isEmpty()) {
                throw new BusinessRuleException(last ? "commission.tiers.lastOpen" : "commission.tiers.onlyLastOpen", "tiers", band);
            }
            if (!last) {
                if (tier.upperBound().compareTo(tier.lowerBound()) <= 0) {
                    throw new BusinessRuleException("commission.tiers.empty", "tiers", band);
                }
                BigDecimal next = tiers.get(i + 1).rate();
                if (type == Type.INCREASING && next.compareTo(tier.rate()) < 0) {
                    throw new BusinessRuleException("commission.tiers.notIncreasing", "tiers", Integer.toString(i + 2));
                }
                if (type == Type.DECREASING && next.compareTo(tier.rate()) > 0) {
                    throw new BusinessRuleException("commission.tiers.notDecreasing", "tiers", Integer.toString(i + 2));
                }
                expectedLower = tier.upperBound();
            }
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new BusinessRuleException("commission.validity.order", "validTo");
        }
        return this;
    }

    /** Whether the rule applies on a day, to a product category and a rep grade (null: any). */
    public boolean appliesTo(LocalDate day, String category, String grade) {
        boolean inPeriod = (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        boolean categoryMatches = productCategory == null || productCategory.equals(category);
        boolean gradeMatches = repGrade == null || repGrade.equals(grade);
        return inPeriod && categoryMatches && gradeMatches;
    }

    /**
     * The commission on a base amount. A base of zero or less (a period of returns exceeding
     * sales) earns nothing: commission is not clawed back here.
     */
    public CommissionResult calculate(BigDecimal baseAmount) {
        validated();
        BigDecimal base = amount(baseAmount);
        List<CommissionLine> lines = new ArrayList<>();
        if (base.signum() > 0) {
            if (mode == Mode.WHOLE_AMOUNT) {
                CommissionTier reached = tiers.stream().filter(tier -> tier.contains(base)).findFirst().orElseThrow();
                lines.add(line(reached, base));
            } else {
                for (CommissionTier tier : tiers) {
                    BigDecimal portion = tier.portionOf(base);
                    if (portion.signum() > 0) {
                        lines.add(line(tier, portion));
                    }
                }
            }
        }
        BigDecimal total = lines.stream().map(CommissionLine::commission)
                .reduce(BigDecimal.ZERO.setScale(AMOUNT_SCALE), BigDecimal::add);
        return new CommissionResult(base, lines, total);
    }

    private static CommissionLine line(CommissionTier tier, BigDecimal portion) {
        BigDecimal commission = portion.multiply(tier.rate()).setScale(AMOUNT_SCALE, RoundingMode.HALF_UP);
        return new CommissionLine(tier, portion, tier.rate(), commission);
    }

    static BigDecimal amount(BigDecimal value) {
        Objects.requireNonNull(value, "amount");
        if (value.scale() > AMOUNT_SCALE && value.stripTrailingZeros().scale() > AMOUNT_SCALE) {
            throw new BusinessRuleException("commission.amount.cents", null, value.toPlainString());
        }
        return value.setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY);
    }

    static BigDecimal rate(BigDecimal value) {
        Objects.requireNonNull(value, "rate");
        if (value.stripTrailingZeros().scale() > RATE_SCALE) {
            throw new BusinessRuleException("commission.rate.precision", null, value.toPlainString());
        }
        return value.setScale(RATE_SCALE, RoundingMode.UNNECESSARY);
    }
}
