package com.tianzong.crm.sales.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The money of one document line: quantity × unit price less the discount, split into the amount
 * without tax, the VAT and the amount with tax. Each is rounded to the fen once, on the line
 * (half up), and the amount with tax is always the other two added, so a document's totals are
 * the sums of its lines and never differ from them by rounding.
 *
 * <p>With prices excluding tax the tax is worked out on the amount without tax; with prices
 * including tax the amount with tax is the starting point and the amount without tax is what is
 * left after taking the tax out of it (amount with tax ÷ (1 + rate)), as 增值税发票 do.
 */
public record LineAmounts(BigDecimal net, BigDecimal tax, BigDecimal gross) {

    public static final int MONEY_SCALE = 2;
    private static final int WORKING_SCALE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LineAmounts {
        Objects.requireNonNull(net);
        Objects.requireNonNull(tax);
        Objects.requireNonNull(gross);
        if (net.add(tax).compareTo(gross) != 0) {
            throw new IllegalArgumentException("amount with tax " + gross + " is not " + net + " + " + tax);
        }
    }

    /**
     * The amounts of a line.
     *
     * @param quantity     how many, not negative
     * @param unitPrice    the price of one, not negative
     * @param discountRate the discount in percent, 0 to 100
     * @param taxRate      the VAT rate in percent (13, 9, 6, 0 …), not negative
     * @param basis        whether the unit price includes the tax
     */
    public static LineAmounts of(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountRate, BigDecimal taxRate,
                                 PriceBasis basis) {
        requireNotNegative(quantity, "quantity");
        requireNotNegative(unitPrice, "unit price");
        requireNotNegative(taxRate, "tax rate");
        requireNotNegative(discountRate, "discount");
        if (discountRate.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a discount is at most 100 %: " + discountRate);
        }
        BigDecimal payable = quantity.multiply(unitPrice)
                .multiply(HUNDRED.subtract(discountRate))
                .divide(HUNDRED, WORKING_SCALE, RoundingMode.HALF_UP);
        BigDecimal rate = taxRate.divide(HUNDRED, WORKING_SCALE, RoundingMode.HALF_UP);
        if (basis == PriceBasis.EXCLUDING_TAX) {
            BigDecimal net = fen(payable);
            BigDecimal tax = fen(net.multiply(rate));
            return new LineAmounts(net, tax, net.add(tax));
        }
        BigDecimal gross = fen(payable);
        BigDecimal net = fen(gross.divide(BigDecimal.ONE.add(rate), WORKING_SCALE, RoundingMode.HALF_UP));
        return new LineAmounts(net, gross.subtract(net), gross);
    }

    /** The amounts of lines added up: a document's totals. */
    public LineAmounts plus(LineAmounts other) {
        return new LineAmounts(net.add(other.net), tax.add(other.tax), gross.add(other.gross));
    }

    public static LineAmounts zero() {
        BigDecimal zero = BigDecimal.ZERO.setScale(MONEY_SCALE);
        return new LineAmounts(zero, zero, zero);
    }

    private static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    private static void requireNotNegative(BigDecimal value, String what) {
        if (Objects.requireNonNull(value, what).signum() < 0) {
            throw new IllegalArgumentException(what + " is negative: " + value);
        }
    }
}
