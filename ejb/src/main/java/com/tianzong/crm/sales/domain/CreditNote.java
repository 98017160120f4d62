package com.tianzong.crm.sales.domain;

import com.tianzong.crm.customer.domain.CustomerRecord;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A credit note (红字发票, SAL-06): the refund of a received return, for exactly the return's
 * amounts. It is applied to the returned invoice as far as that invoice is still open; what it
 * exceeds that by (the customer had already paid) is the customer's credit, counted like an
 * unapplied advance. Numbered without gaps when it is issued; never changed afterwards.
 */
@Entity
@Table(name = "credit_note")
public class CreditNote extends CustomerRecord {

    private static final long serialVersionUID = 1L;

    public static final String ISSUED = "ISSUED";

    @Size(max = 20)
    @Column(name = "number", nullable = false, updatable = false)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sales_return_id", nullable = false, updatable = false)
    private SalesReturn salesReturn;

    @Column(name = "note_date", nullable = false, updatable = false)
    private LocalDate noteDate;

    @Column(name = "status", nullable = false)
    private String status = ISSUED;

    @Column(name = "net_total", nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal netTotal;

    @Column(name = "tax_total", nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal taxTotal;

    @Column(name = "gross_total", nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal grossTotal;

    @Column(name = "applied_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal appliedAmount;

    @Size(max = 500)
    @Column(name = "reason", updatable = false)
    private String reason;

    @OneToMany(mappedBy = "creditNote", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo ASC")
    private List<CreditApplication> applications = new ArrayList<>();

    protected CreditNote() {
    }

    /** An empty note that is never saved (the generic form asks its service for a new record). */
    public static CreditNote unsaved() {
        return new CreditNote();
    }

    /** Issues the credit note of a received return under its number and applies it to the invoice. */
    public static CreditNote refund(SalesReturn salesReturn, String number, LocalDate day) {
        if (salesReturn.returnStatus() != ReturnStatus.POSTED || salesReturn.returnResolution() != ReturnResolution.REFUND) {
            throw new IllegalStateException("only a received refund return has a credit note");
        }
        CreditNote note = new CreditNote();
        note.number = number;
        note.salesReturn = salesReturn;
        note.invoice = salesReturn.getInvoice();
        note.setCustomer(salesReturn.getCustomer());
        note.assignTo(salesReturn.getOwner(), salesReturn.getDepartment());
        note.noteDate = day;
        note.netTotal = salesReturn.getNetTotal();
        note.taxTotal = salesReturn.getTaxTotal();
        note.grossTotal = salesReturn.getGrossTotal();
        note.reason = salesReturn.getReason();
        note.appliedAmount = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);
        note.apply(note.invoice, note.grossTotal, day);
        return note;
    }

    /**
     * Applies what is still the customer's credit to the invoices in their order (the customer's
     * open invoices, oldest due first) until it or they are used up; returns how much.
     */
    public BigDecimal applyOldestFirst(List<Invoice> openInvoicesOldestFirst, LocalDate day) {
        BigDecimal before = appliedAmount;
        for (Invoice invoice : openInvoicesOldestFirst) {
            if (!java.util.Objects.equals(invoice.getCustomer(), getCustomer())) {
                throw new IllegalArgumentException("invoice " + invoice.getNumber() + " is another customer's");
            }
            if (getUnappliedAmount().signum() == 0) {
                break;
            }
            apply(invoice, getUnappliedAmount(), day);
        }
        return appliedAmount.subtract(before);
    }

    /** As much of {@code most} as is open on the invoice, credited to it and written down. */
    private void apply(Invoice target, BigDecimal most, LocalDate day) {
        BigDecimal part = target.credited(most);
        if (part.signum() > 0) {
            appliedAmount = appliedAmount.add(part);
            applications.add(new CreditApplication(this, applications.size() + 1, target, part, day));
        }
    }

    /** What of it is the customer's credit, not taken up by the returned invoice. */
    public BigDecimal getUnappliedAmount() {
        return grossTotal.subtract(appliedAmount);
    }

    public String getNumber() {
        return number;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public SalesReturn getSalesReturn() {
        return salesReturn;
    }

    public LocalDate getNoteDate() {
        return noteDate;
    }

    public String getStatus() {
        return status;
    }

    public BigDecimal getNetTotal() {
        return netTotal;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getGrossTotal() {
        return grossTotal;
    }

    public BigDecimal getAppliedAmount() {
        return appliedAmount;
    }

    public List<CreditApplication> getApplications() {
        return applications;
    }

    public String getReason() {
        return reason;
    }
}
