package com.tianzong.crm.sales.domain;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A part of a credit note applied to an invoice, on a day: the returned invoice's, or a later one's from the customer's credit. */
@Entity
@Table(name = "credit_note_application")
public class CreditApplication extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "credit_note_id", nullable = false, updatable = false)
    private CreditNote creditNote;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(name = "amount", nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "applied_on", nullable = false, updatable = false)
    private LocalDate appliedOn;

    protected CreditApplication() {
    }

    CreditApplication(CreditNote creditNote, int lineNo, Invoice invoice, BigDecimal amount, LocalDate appliedOn) {
        this.creditNote = creditNote;
        this.lineNo = lineNo;
        this.invoice = invoice;
        this.amount = amount;
        this.appliedOn = appliedOn;
    }

    public CreditNote getCreditNote() {
        return creditNote;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }
}
