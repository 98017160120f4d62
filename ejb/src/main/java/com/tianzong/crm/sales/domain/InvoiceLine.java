package com.tianzong.crm.sales.domain;

import com.tianzong.crm.platform.records.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A line of an invoice: shipped quantity of an order line, at that line's price, discount and tax rate. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine extends SalesLine {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sales_order_line_id", nullable = false, updatable = false)
    private SalesOrderLine orderLine;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice) {
        this.invoice = invoice;
    }

    @Override
    public SalesDocument<?> document() {
        return invoice;
    }

    void invoice(SalesOrderLine line, BigDecimal quantity) {
        copyFrom(line);
        this.orderLine = line;
        setQuantity(quantity);
    }

    void checkInvoiceable() {
        if (getQuantity().compareTo(orderLine.invoiceable()) > 0) {
            throw new BusinessRuleException("invoice.moreThanShipped", "lines", Integer.toString(getLineNo()),
                    orderLine.invoiceable().stripTrailingZeros().toPlainString());
        }
    }

    public SalesOrderLine getOrderLine() {
        return orderLine;
    }

    /** What its order line has shipped and not yet invoiced. */
    public BigDecimal getInvoiceable() {
        return orderLine.invoiceable();
    }
}
