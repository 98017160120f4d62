package com.tianzong.crm.sales.domain;

import com.tianzong.crm.platform.records.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A sales invoice (销售发票, SAL-05) of what an order has shipped and not yet invoiced, at the
 * order's prices, discounts and tax rates, the VAT worked out per line. It is numbered when it is
 * issued, so that issued invoices are numbered without gaps; from then on the customer owes its
 * total until receipts applied to it cover it (SAL-07, SAL-09).
 */
@Entity
@Table(name = "invoice")
public class Invoice extends SalesDocument<InvoiceLine> {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sales_order_id", nullable = false, updatable = false)
    private SalesOrder salesOrder;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "paid_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal paidAmount = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);

    @Column(name = "credited_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal creditedAmount = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo ASC")
    private List<InvoiceLine> lines = new ArrayList<>();

    public Invoice() {
        super(InvoiceStatus.DRAFT.name());
    }

    /** A draft invoice of everything the order has shipped and not yet invoiced; empty when there is nothing. */
    public static Invoice forShipped(SalesOrder order, LocalDate day) {
        Invoice invoice = new Invoice();
        invoice.salesOrder = order;
        invoice.setCustomer(order.getCustomer());
        invoice.assignTo(order.getOwner(), order.getDepartment());
        invoice.setDocumentDate(day);
        invoice.setPaymentTerms(order.getPaymentTerms());
        invoice.setPricesIncludeTax(order.isPricesIncludeTax());
        invoice.setNote(order.getNote());
        for (SalesOrderLine line : order.getLines()) {
            if (line.invoiceable().signum() > 0) {
                invoice.addLine();
                invoice.lines.get(invoice.lines.size() - 1).invoice(line, line.invoiceable());
            }
        }
        invoice.recalculate();
        return invoice;
    }

    @Override
    public List<InvoiceLine> getLines() {
        return lines;
    }

    @Override
    protected InvoiceLine createLine() {
        return new InvoiceLine(this);
    }

    @Override
    protected boolean isDraft() {
        return invoiceStatus() == InvoiceStatus.DRAFT;
    }

    public InvoiceStatus invoiceStatus() {
        return InvoiceStatus.valueOf(getStatus());
    }

    /**
     * Issues the draft under its number: each line's quantity is taken off what its order line has
     * still to invoice (refused when it is more), and the order is invoiced once it is shipped and
     * nothing shipped is left to invoice.
     */
    public void issue(String invoiceNumber, OffsetDateTime at, int paymentDays) {
        if (!isDraft()) {
            throw new IllegalStateException("a " + getStatus() + " invoice is not issued");
        }
        checkLines();
        for (InvoiceLine line : lines) {
            line.checkInvoiceable();
        }
        recalculate();
        for (InvoiceLine line : lines) {
            line.getOrderLine().invoiced(line.getQuantity());
        }
        assignNumber(invoiceNumber);
        issuedAt = at;
        dueDate = getDocumentDate().plusDays(paymentDays);
        setStatus(InvoiceStatus.ISSUED.name());
        salesOrder.invoicedAsFarAsShipped();
    }

    /** What the customer still owes on it: its total less payments and credit notes applied to it. */
    public BigDecimal open() {
        return isDraft() ? BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE) : getGrossTotal().subtract(paidAmount).subtract(creditedAmount);
    }

    /** Records a payment applied to it; settled once nothing is open. */
    void paid(BigDecimal amount) {
        if (isDraft() || amount.signum() <= 0 || amount.compareTo(open()) > 0) {
            throw new BusinessRuleException("receipt.moreThanOpen", "lines", getNumber(), open().toPlainString());
        }
        paidAmount = paidAmount.add(amount);
        settleWhenNothingOpen();
    }

    /**
     * Applies as much of a credit note as is still open on it and returns that part; the rest of
     * the note is the customer's credit (as a payment already made would be).
     */
    BigDecimal credited(BigDecimal creditNoteTotal) {
        if (isDraft()) {
            throw new IllegalStateException("a draft invoice is not credited");
        }
        BigDecimal part = creditNoteTotal.min(open());
        creditedAmount = creditedAmount.add(part);
        settleWhenNothingOpen();
        return part;
    }

    private void settleWhenNothingOpen() {
        setStatus((open().signum() == 0 ? InvoiceStatus.SETTLED : InvoiceStatus.ISSUED).name());
    }

    public SalesOrder getSalesOrder() {
        return salesOrder;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public BigDecimal getCreditedAmount() {
        return creditedAmount;
    }

    public BigDecimal getOpenAmount() {
        return open();
    }
}
