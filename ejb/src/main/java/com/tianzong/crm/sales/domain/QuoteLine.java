package com.tianzong.crm.sales.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A product line of a quote. */
@Entity
@Table(name = "quote_line")
public class QuoteLine extends SalesLine {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quote_id", nullable = false, updatable = false)
    private Quote quote;

    protected QuoteLine() {
    }

    QuoteLine(Quote quote) {
        this.quote = quote;
    }

    @Override
    public SalesDocument<?> document() {
        return quote;
    }
}
