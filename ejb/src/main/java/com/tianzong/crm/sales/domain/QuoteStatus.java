package com.tianzong.crm.sales.domain;

/** Where a quote (报价单) stands: drafted, sent to the customer, turned into an order, or lost. */
public enum QuoteStatus {
    DRAFT, SENT, ORDERED, LOST;

    /** Whether the quote can still be revised, sent again, ordered or lost. */
    public boolean isOpen() {
        return this == DRAFT || this == SENT;
    }
}
