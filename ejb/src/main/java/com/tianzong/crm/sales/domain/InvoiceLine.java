package com.tianzong.crm.sales.domain;

import com.tianzong.crm.platform.records.BusinessRuleException;
import jakarta.persistence.Column;
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

    @Column(name = "returned_quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal returnedQuantity = BigDecimal.ZERO.setScale(QUANTITY_SCALE);

    @Column(name = "returned_net", nullable = false, precision = 18, scale = 2)
    private BigDecimal returnedNet = BigDecimal.ZERO.setScale(MONEY_SCALE);

    @Column(name = "returned_tax", nullable = false, precision = 18, scale = 2)
    private BigDecimal returnedTax = BigDecimal.ZERO.setScale(MONEY_SCALE);

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

    /** What may still be returned of it: the invoiced quantity less what earlier returns took back. */
    public BigDecimal returnable() {
        return getQuantity().subtract(returnedQuantity);
    }

    /**
     * The amounts of returning {@code quantity} of it: worked out like any line, except that the
     * return of everything still returnable takes exactly what earlier returns left of the line's
     * amounts, so the returns of a line never add up to a fen more or less than the line.
     */
    LineAmounts amountsOfReturning(BigDecimal quantity) {
        if (quantity.compareTo(returnable()) == 0) {
            BigDecimal net = getNetAmount().subtract(returnedNet);
            BigDecimal tax = getTaxAmount().subtract(returnedTax);
            return new LineAmounts(net, tax, net.add(tax));
        }
        return LineAmounts.of(quantity, getUnitPrice(), getDiscountRate(), getTaxRate(), document().priceBasis());
    }

    /** Counts a posted return of {@code quantity} with its amounts; refused beyond what is returnable. */
    void returned(BigDecimal quantity, LineAmounts amounts) {
        if (quantity.compareTo(returnable()) > 0) {
            throw new BusinessRuleException("salesReturn.moreThanInvoiced", "lines", Integer.toString(getLineNo()),
                    returnable().stripTrailingZeros().toPlainString());
        }
        returnedQuantity = returnedQuantity.add(quantity);
        returnedNet = returnedNet.add(amounts.net());
        returnedTax = returnedTax.add(amounts.tax());
    }

    public BigDecimal getReturnedQuantity() {
        return returnedQuantity;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public SalesOrderLine getOrderLine() {
        return orderLine;
    }

    /** What its order line has shipped and not yet invoiced. */
    public BigDecimal getInvoiceable() {
        return orderLine.invoiceable();
    }
}
