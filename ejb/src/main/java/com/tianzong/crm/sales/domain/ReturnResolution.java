package com.tianzong.crm.sales.domain;

/** What the customer gets for returned goods: the money back as a credit note, or the same goods again. */
public enum ReturnResolution {
    REFUND, REPLACEMENT
}
