package com.tianzong.crm.sales.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The credit check of posting an order (信用控制, SAL-04): the credit still available is the
 * customer's limit less what the customer already owes or has on order, that is open
 * receivables plus posted orders not yet invoiced, less advances received and not yet applied;
 * an order may be posted when its total is within it. A limit of zero means the customer's
 * credit is not controlled.
 */
public record CreditCheck(BigDecimal limit, BigDecimal openReceivables, BigDecimal uninvoicedOrders, BigDecimal unappliedAdvances) {

    public CreditCheck {
        Objects.requireNonNull(limit);
        Objects.requireNonNull(openReceivables);
        Objects.requireNonNull(uninvoicedOrders);
        Objects.requireNonNull(unappliedAdvances);
    }

    public boolean isControlled() {
        return limit.signum() > 0;
    }

    /** What the customer owes or has on order, net of unapplied advances. */
    public BigDecimal exposure() {
        return openReceivables.add(uninvoicedOrders).subtract(unappliedAdvances);
    }

    /** The credit left for new orders (negative when the customer is already over the limit). */
    public BigDecimal available() {
        return limit.subtract(exposure());
    }

    /** Whether an order of this total may be posted. */
    public boolean allows(BigDecimal orderTotal) {
        return !isControlled() || available().compareTo(orderTotal) >= 0;
    }
}
