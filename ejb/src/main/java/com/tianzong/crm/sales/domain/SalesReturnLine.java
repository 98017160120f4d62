package com.tianzong.crm.sales.domain;

import com.tianzong.crm.platform.records.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A line of a return: how much of an invoice line comes back, at that line's price, discount and tax rate. */
@Entity
@Table(name = "sales_return_line")
public class SalesReturnLine extends SalesLine {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sales_return_id", nullable = false, updatable = false)
    private SalesReturn salesReturn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_line_id", nullable = false, updatable = false)
    private InvoiceLine invoiceLine;

    protected SalesReturnLine() {
    }

    SalesReturnLine(SalesReturn salesReturn) {
        this.salesReturn = salesReturn;
    }

    @Override
    public SalesDocument<?> document() {
        return salesReturn;
    }

    void returning(InvoiceLine line, BigDecimal quantity) {
        copyFrom(line);
        this.invoiceLine = line;
        setQuantity(quantity);
    }

    /** As the invoice line works them out, so that the returns of a line add up to the line. */
    @Override
    public LineAmounts amounts() {
        BigDecimal quantity = getQuantity();
        if (invoiceLine == null || quantity == null || quantity.signum() <= 0 || quantity.compareTo(invoiceLine.returnable()) > 0) {
            return LineAmounts.zero();
        }
        return invoiceLine.amountsOfReturning(quantity);
    }

    /** Refuses a quantity below nothing, finer than the quantity scale, or more than may still be returned. */
    void checkReturnable() {
        String number = Integer.toString(getLineNo());
        BigDecimal quantity = getQuantity();
        if (quantity == null || quantity.signum() < 0 || quantity.stripTrailingZeros().scale() > QUANTITY_SCALE) {
            throw new BusinessRuleException("document.line.quantityInvalid", "lines", number);
        }
        if (quantity.compareTo(invoiceLine.returnable()) > 0) {
            throw new BusinessRuleException("salesReturn.moreThanInvoiced", "lines", number,
                    invoiceLine.returnable().stripTrailingZeros().toPlainString());
        }
    }

    void post() {
        invoiceLine.returned(getQuantity(), amounts());
    }

    public InvoiceLine getInvoiceLine() {
        return invoiceLine;
    }

    /** What may still be returned of its invoice line (before this return is received). */
    public BigDecimal getReturnable() {
        return invoiceLine.returnable();
    }
}
