package com.tianzong.crm.sales.domain;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A step of a dunning plan: an action on a day by someone, and once done, the day and what came of it. */
@Entity
@Table(name = "dunning_step")
public class DunningStep extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private DunningPlan plan;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Column(name = "action", nullable = false)
    private String action;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private UserAccount assignee;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Size(max = 500)
    @Column(name = "outcome", nullable = false)
    private String outcome = "";

    protected DunningStep() {
    }

    DunningStep(DunningPlan plan, LocalDate plannedDate, String action, UserAccount assignee) {
        this.plan = plan;
        this.plannedDate = plannedDate;
        this.action = action;
        this.assignee = assignee;
    }

    void numbered(int number) {
        this.lineNo = number;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public DunningPlan getPlan() {
        return plan;
    }

    public int getLineNo() {
        return lineNo;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public UserAccount getAssignee() {
        return assignee;
    }

    public void setAssignee(UserAccount assignee) {
        this.assignee = assignee;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome == null ? "" : outcome.strip();
    }
}
