package com.tianzong.crm.sales.domain;

import com.tianzong.crm.customer.domain.CustomerRecord;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.LineDocument;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A dunning plan (催款计划, SAL-09) for an invoice the customer has not paid: the steps —
 * reminder, call, letter, visit — each on a day and done by someone, with what came of it. It
 * stays open until the invoice is collected (then it closes by itself) or until someone stops it
 * with a reason (a dispute, a bad debt). It lies with the invoice's rep.
 */
@Entity
@Table(name = "dunning_plan")
public class DunningPlan extends CustomerRecord implements LineDocument {

    private static final long serialVersionUID = 1L;

    public static final String OPEN = "OPEN";
    public static final String COLLECTED = "COLLECTED";
    public static final String CANCELLED = "CANCELLED";

    /** A step added by hand comes this many days after the last one. */
    static final int DAYS_BETWEEN_STEPS = 7;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "amount_due", nullable = false, precision = 18, scale = 2)
    private BigDecimal amountDue = BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE);

    @Column(name = "next_step_date")
    private LocalDate nextStepDate;

    @Column(name = "status", nullable = false)
    private String status = OPEN;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Size(max = 500)
    @Column(name = "close_reason")
    private String closeReason;

    @Size(max = 1000)
    @Column(name = "note", nullable = false)
    private String note = "";

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo ASC")
    private List<DunningStep> lines = new ArrayList<>();

    /**
     * A plan for what is open on the invoice, started on {@code start} with the schedule's steps,
     * each given to {@code collector} (the invoice's rep, or whoever starts it).
     */
    public static DunningPlan forInvoice(Invoice invoice, DunningSchedule schedule, LocalDate start, UserAccount collector) {
        if (invoice.invoiceStatus() != InvoiceStatus.ISSUED || invoice.open().signum() <= 0) {
            throw new BusinessRuleException("dunning.nothingOpen", null, invoice.getNumber());
        }
        DunningPlan plan = new DunningPlan();
        plan.invoice = invoice;
        plan.setCustomer(invoice.getCustomer());
        plan.assignTo(invoice.getOwner(), invoice.getDepartment());
        plan.startDate = start;
        plan.amountDue = invoice.open();
        for (DunningSchedule.PlannedStep step : schedule.plan(invoice.getDueDate(), start)) {
            plan.lines.add(new DunningStep(plan, step.day(), step.action(), collector));
        }
        plan.recalculate();
        return plan;
    }

    @Override
    public List<DunningStep> getLines() {
        return lines;
    }

    /** One more step a week after the last (or on the start day), by whoever did the last. */
    @Override
    public void addLine() {
        DunningStep last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        LocalDate day = last == null || last.getPlannedDate() == null ? startDate : last.getPlannedDate().plusDays(DAYS_BETWEEN_STEPS);
        lines.add(new DunningStep(this, day, "CALL", last == null ? null : last.getAssignee()));
        recalculate();
    }

    @Override
    public void removeLine(int index) {
        lines.remove(index);
        recalculate();
    }

    /** Numbers the steps again and finds the day of the next one still to do. */
    @Override
    public void recalculate() {
        int number = 1;
        for (DunningStep step : lines) {
            step.numbered(number++);
        }
        nextStepDate = lines.stream()
                .filter(step -> !step.isDone() && step.getPlannedDate() != null)
                .map(DunningStep::getPlannedDate)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    @Override
    public boolean isLinesEditable() {
        return isOpen();
    }

    /**
     * Refuses steps without a day, an action or someone to do them, and steps done after
     * {@code today}; a plan has at least one step.
     */
    public void checkSteps(LocalDate today) {
        if (lines.isEmpty()) {
            throw new BusinessRuleException("dunning.noSteps", "lines");
        }
        for (DunningStep step : lines) {
            if (step.getPlannedDate() == null || step.getAction() == null || step.getAssignee() == null) {
                throw new BusinessRuleException("dunning.stepIncomplete", "lines", Integer.toString(step.getLineNo()));
            }
            if (step.getDoneOn() != null && step.getDoneOn().isAfter(today)) {
                throw new BusinessRuleException("dunning.doneInFuture", "lines", Integer.toString(step.getLineNo()));
            }
        }
    }

    /** The invoice is paid or credited in full: the plan is done. */
    public void collected(LocalDate day) {
        if (isOpen()) {
            status = COLLECTED;
            closedOn = day;
        }
    }

    /** Stopped before the money came in, for the reason given. */
    public void cancel(LocalDate day, String reason) {
        if (!isOpen()) {
            throw new IllegalStateException("a " + status + " plan is not stopped");
        }
        status = CANCELLED;
        closedOn = day;
        closeReason = reason;
    }

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    /** What the customer still owes on the invoice now. */
    public BigDecimal getOpenAmount() {
        return invoice == null ? null : invoice.open();
    }

    public LocalDate getDueDate() {
        return invoice == null ? null : invoice.getDueDate();
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public LocalDate getNextStepDate() {
        return nextStepDate;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note.strip();
    }
}
