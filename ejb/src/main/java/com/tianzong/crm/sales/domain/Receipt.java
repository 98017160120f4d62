package com.tianzong.crm.sales.domain;

import com.tianzong.crm.customer.domain.CustomerRecord;
import com.tianzong.crm.platform.persistence.Scaled;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.LineDocument;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Money received from a customer (收款单, SAL-07): posted, it is applied to the customer's issued
 * invoices, either as its lines say or, without lines, to the oldest open invoices first; what is
 * left over is an advance (预收款) that later invoices can take.
 */
@Entity
@Table(name = "receipt")
public class Receipt extends CustomerRecord implements LineDocument {

    private static final long serialVersionUID = 1L;

    @Size(max = 20)
    @Column(name = "number")
    private String number;

    @NotNull
    @Column(name = "receipt_date", nullable = false)
    private LocalDate receiptDate;

    @NotNull
    @Column(name = "method", nullable = false)
    private String method;

    @NotNull
    @Column(name = "amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "applied_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal appliedAmount = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);

    @Column(name = "status", nullable = false)
    private String status = DRAFT;

    @Size(max = 500)
    @Column(name = "note")
    private String note;

    @OneToMany(mappedBy = "receipt", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo ASC")
    private List<ReceiptAllocation> lines = new ArrayList<>();

    public static final String DRAFT = "DRAFT";
    public static final String POSTED = "POSTED";

    public boolean isPosted() {
        return POSTED.equals(status);
    }

    /** What is not applied to any invoice: an advance. */
    public BigDecimal unapplied() {
        return amount == null ? BigDecimal.ZERO : amount.subtract(appliedAmount);
    }

    /**
     * Posts the receipt: applies its lines to their invoices (each at most what is open on it,
     * together at most the amount), or, without lines, {@link #applyOldestFirst} to the invoices given.
     */
    public void post(List<Invoice> openInvoicesOldestFirst) {
        if (isPosted()) {
            throw new IllegalStateException("receipt " + number + " is already posted");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new BusinessRuleException("receipt.amountInvalid", "amount");
        }
        status = POSTED;
        if (lines.isEmpty()) {
            applyOldestFirst(openInvoicesOldestFirst);
            return;
        }
        for (ReceiptAllocation line : lines) {
            line.check(getCustomer());
            apply(line.getInvoice(), line.getAmount());
        }
    }

    /** Applies what is unapplied to the invoices in their order until it or they are used up; returns how much. */
    public BigDecimal applyOldestFirst(List<Invoice> openInvoicesOldestFirst) {
        BigDecimal before = appliedAmount;
        for (Invoice invoice : openInvoicesOldestFirst) {
            BigDecimal part = unapplied().min(invoice.open());
            if (part.signum() <= 0) {
                continue;
            }
            ReceiptAllocation line = new ReceiptAllocation(this, lines.size() + 1);
            line.setInvoice(invoice);
            line.setAmount(part);
            lines.add(line);
            apply(invoice, part);
        }
        return appliedAmount.subtract(before);
    }

    private void apply(Invoice invoice, BigDecimal part) {
        if (part.compareTo(unapplied()) > 0) {
            throw new BusinessRuleException("receipt.moreThanReceived", "lines", amount.toPlainString());
        }
        invoice.paid(part);
        appliedAmount = appliedAmount.add(part);
    }

    @Override
    public List<ReceiptAllocation> getLines() {
        return lines;
    }

    @Override
    public void addLine() {
        lines.add(new ReceiptAllocation(this, lines.size() + 1));
    }

    @Override
    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
            for (int i = 0; i < lines.size(); i++) {
                lines.get(i).setLineNo(i + 1);
            }
        }
    }

    @Override
    public void recalculate() {
    }

    @Override
    public boolean isLinesEditable() {
        return !isPosted();
    }

    public String getNumber() {
        return number;
    }

    public void assignNumber(String receiptNumber) {
        if (number != null) {
            throw new IllegalStateException("receipt " + number + " already has a number");
        }
        this.number = receiptNumber;
    }

    public LocalDate getReceiptDate() {
        return receiptDate;
    }

    public void setReceiptDate(LocalDate receiptDate) {
        this.receiptDate = receiptDate;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = Scaled.exactly(amount, SalesLine.MONEY_SCALE);
    }

    public BigDecimal getAppliedAmount() {
        return appliedAmount;
    }

    public BigDecimal getUnappliedAmount() {
        return unapplied();
    }

    public String getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
