package com.tianzong.crm.sales.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a sales order (SAL-04): a draft is posted (checked for credit and stock, its goods
 * reserved, a shipment note made for the warehouse), shipped in one or more parts, invoiced and
 * closed; a draft or a posted order with nothing shipped can be cancelled, a posted one with
 * nothing shipped reopened to a draft (and posted again through the same checks), and a partly
 * shipped one closed short.
 */
public enum OrderStatus {
    DRAFT, POSTED, PARTLY_SHIPPED, SHIPPED, INVOICED, CLOSED, CANCELLED;

    /** The statuses in which an order counts against the customer's credit until it is invoiced. */
    public static final Set<OrderStatus> UNINVOICED = EnumSet.of(POSTED, PARTLY_SHIPPED, SHIPPED);

    public boolean canPost() {
        return this == DRAFT;
    }

    public boolean canReopen(boolean anythingShipped) {
        return this == POSTED && !anythingShipped;
    }

    public boolean canCancel(boolean anythingShipped) {
        return (this == DRAFT || this == POSTED) && !anythingShipped;
    }

    public boolean canShip() {
        return this == POSTED || this == PARTLY_SHIPPED;
    }

    /** A partly shipped order closed without the rest (the customer no longer wants it). */
    public boolean canCloseShort() {
        return this == PARTLY_SHIPPED;
    }

    /** The status after a shipment: shipped when nothing is outstanding, else partly shipped. */
    public OrderStatus afterShipment(boolean everythingShipped) {
        if (!canShip()) {
            throw new IllegalStateException("an order that is " + this + " is not shipped");
        }
        return everythingShipped ? SHIPPED : PARTLY_SHIPPED;
    }
}
