package com.tianzong.crm.sales.domain;

/** A draft invoice is issued (numbered, owed by the customer) and settled once receipts cover it. */
public enum InvoiceStatus {
    DRAFT, ISSUED, SETTLED
}
