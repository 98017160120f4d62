package com.tianzong.crm.sales.domain;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.persistence.Scaled;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** How much of a receipt pays one invoice (核销). */
@Entity
@Table(name = "receipt_allocation")
public class ReceiptAllocation extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "receipt_id", nullable = false, updatable = false)
    private Receipt receipt;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id", nullable = false)
    private Invoice invoice;

    @Column(name = "amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    protected ReceiptAllocation() {
    }

    ReceiptAllocation(Receipt receipt, int lineNo) {
        this.receipt = receipt;
        this.lineNo = lineNo;
    }

    /** Refuses a line without an invoice of the receipt's customer or without a positive amount in fen. */
    void check(Customer customer) {
        String number = Integer.toString(lineNo);
        if (invoice == null) {
            throw new BusinessRuleException("receipt.line.invoiceMissing", "lines", number);
        }
        if (!invoice.getCustomer().equals(customer) || invoice.invoiceStatus() == InvoiceStatus.DRAFT) {
            throw new BusinessRuleException("receipt.line.otherInvoice", "lines", number);
        }
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > SalesLine.MONEY_SCALE) {
            throw new BusinessRuleException("receipt.line.amountInvalid", "lines", number);
        }
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public int getLineNo() {
        return lineNo;
    }

    void setLineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public void setInvoice(Invoice invoice) {
        this.invoice = invoice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = Scaled.exactly(amount, SalesLine.MONEY_SCALE);
    }

    /** What the invoice still has open (before this receipt is posted). */
    public BigDecimal getInvoiceOpen() {
        return invoice == null ? null : invoice.open();
    }
}
