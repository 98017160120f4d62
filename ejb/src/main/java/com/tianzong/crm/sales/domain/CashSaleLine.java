package com.tianzong.crm.sales.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A line of a cash sale: a product scanned or picked at the till, its quantity and price. */
@Entity
@Table(name = "cash_sale_line")
public class CashSaleLine extends SalesLine {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cash_sale_id", nullable = false, updatable = false)
    private CashSale cashSale;

    protected CashSaleLine() {
    }

    CashSaleLine(CashSale cashSale) {
        this.cashSale = cashSale;
    }

    @Override
    public SalesDocument<?> document() {
        return cashSale;
    }
}
