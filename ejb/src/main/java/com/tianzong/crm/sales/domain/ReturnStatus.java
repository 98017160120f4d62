package com.tianzong.crm.sales.domain;

/** A draft return is received (goods back in stock, refunded or replaced) or cancelled. */
public enum ReturnStatus {
    DRAFT, POSTED, CANCELLED
}
