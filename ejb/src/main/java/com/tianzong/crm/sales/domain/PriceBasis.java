package com.tianzong.crm.sales.domain;

/**
 * Whether a document's unit prices include VAT (含税单价, usual in Chinese price lists and on
 * 增值税普通发票) or not (不含税单价, usual on 增值税专用发票 between companies).
 */
public enum PriceBasis {
    EXCLUDING_TAX, INCLUDING_TAX
}
