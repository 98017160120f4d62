package com.tianzong.crm.sales.domain;

import com.tianzong.crm.customer.domain.Feedback;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sales return (销售退货单, SAL-06): goods of an issued invoice that the customer sends back,
 * line by line at the invoice's prices, discounts and tax rates, with the reason. Drafted from the
 * invoice with everything still returnable; the user lowers the quantities to what came back.
 * Receiving it (posting) counts the quantities as returned on the invoice lines, never more than
 * was invoiced less earlier returns; the service then puts the goods back in stock and either
 * issues a credit note (refund) or drafts a replacement order (replacement).
 */
@Entity
@Table(name = "sales_return")
public class SalesReturn extends SalesDocument<SalesReturnLine> {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @NotNull
    @Column(name = "resolution", nullable = false)
    private String resolution = ReturnResolution.REFUND.name();

    @Size(max = 500)
    @Column(name = "reason")
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replacement_order_id")
    private SalesOrder replacementOrder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "suggestion_id")
    private Feedback suggestion;

    @Column(name = "posted_at")
    private OffsetDateTime postedAt;

    @OneToMany(mappedBy = "salesReturn", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo ASC")
    private List<SalesReturnLine> lines = new ArrayList<>();

    public SalesReturn() {
        super(ReturnStatus.DRAFT.name());
    }

    /** A draft return of everything still returnable on the invoice; empty when nothing is. */
    public static SalesReturn of(Invoice invoice, LocalDate day) {
        if (invoice.invoiceStatus() == InvoiceStatus.DRAFT) {
            throw new IllegalStateException("a draft invoice has nothing to return");
        }
        SalesReturn salesReturn = new SalesReturn();
        salesReturn.invoice = invoice;
        salesReturn.setCustomer(invoice.getCustomer());
        salesReturn.assignTo(invoice.getOwner(), invoice.getDepartment());
        salesReturn.setDocumentDate(day);
        salesReturn.setPaymentTerms(invoice.getPaymentTerms());
        salesReturn.setPricesIncludeTax(invoice.isPricesIncludeTax());
        for (InvoiceLine line : invoice.getLines()) {
            if (line.returnable().signum() > 0) {
                SalesReturnLine returning = salesReturn.createLine();
                returning.setLineNo(salesReturn.lines.size() + 1);
                returning.returning(line, line.returnable());
                salesReturn.lines.add(returning);
            }
        }
        salesReturn.recalculate();
        return salesReturn;
    }

    @Override
    public List<SalesReturnLine> getLines() {
        return lines;
    }

    @Override
    protected SalesReturnLine createLine() {
        return new SalesReturnLine(this);
    }

    /** A return's lines come from its invoice; none are added by hand. */
    @Override
    public void addLine() {
    }

    @Override
    protected boolean isDraft() {
        return returnStatus() == ReturnStatus.DRAFT;
    }

    public ReturnStatus returnStatus() {
        return ReturnStatus.valueOf(getStatus());
    }

    public ReturnResolution returnResolution() {
        return ReturnResolution.valueOf(resolution);
    }

    /** Refuses quantities beyond what is returnable; a return with a reason and something coming back. */
    @Override
    public void checkLines() {
        for (SalesReturnLine line : lines) {
            line.checkReturnable();
        }
    }

    /**
     * Receives the return: lines of nothing are dropped, the others counted as returned on their
     * invoice lines. Returns the quantities coming back per product.
     */
    public Map<Long, BigDecimal> post(OffsetDateTime at) {
        if (!isDraft()) {
            throw new IllegalStateException("a " + getStatus() + " return is not received");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("salesReturn.reasonMissing", "reason");
        }
        checkLines();
        lines.removeIf(line -> line.getQuantity().signum() == 0);
        if (lines.isEmpty()) {
            throw new BusinessRuleException("salesReturn.nothingReturned", "lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).setLineNo(i + 1);
        }
        recalculate();
        Map<Long, BigDecimal> back = new TreeMap<>();
        for (SalesReturnLine line : lines) {
            line.post();
            back.merge(line.getProduct().getId(), line.getQuantity(), BigDecimal::add);
        }
        postedAt = at;
        setStatus(ReturnStatus.POSTED.name());
        return back;
    }

    public void cancel() {
        if (!isDraft()) {
            throw new IllegalStateException("a " + getStatus() + " return is not cancelled");
        }
        setStatus(ReturnStatus.CANCELLED.name());
    }

    /** A draft order of the returned goods again, free of charge (换货): it is posted and shipped like any order. */
    public SalesOrder replacementOrder(LocalDate day) {
        SalesOrder order = new SalesOrder();
        order.setCustomer(getCustomer());
        order.assignTo(getOwner(), getDepartment());
        order.setDocumentDate(day);
        order.setPaymentTerms(getPaymentTerms());
        order.setPricesIncludeTax(isPricesIncludeTax());
        order.setNote(getNumber() + " · " + reason);
        for (SalesReturnLine line : lines) {
            SalesOrderLine replacement = order.addLine(line.getProduct(), line.getQuantity());
            replacement.setUnitPrice(line.getUnitPrice());
            replacement.setTaxRate(line.getTaxRate());
            replacement.setDiscountRate(new BigDecimal("100.00"));
        }
        order.recalculate();
        return order;
    }

    public void replacedBy(SalesOrder order) {
        this.replacementOrder = order;
    }

    public void suggested(Feedback feedback) {
        this.suggestion = feedback;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public SalesOrder getReplacementOrder() {
        return replacementOrder;
    }

    public Feedback getSuggestion() {
        return suggestion;
    }

    public OffsetDateTime getPostedAt() {
        return postedAt;
    }
}
