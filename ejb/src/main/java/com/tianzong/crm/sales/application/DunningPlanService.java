package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.codelist.CodeItem;
import com.tianzong.crm.platform.codelist.CodeLists;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.CommandOutcome;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.DunningPlan;
import com.tianzong.crm.sales.domain.DunningSchedule;
import com.tianzong.crm.sales.domain.Invoice;
import com.tianzong.crm.sales.domain.InvoiceStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.Join;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dunning plans (催款计划, SAL-09): started from an open invoice (its 360 view) or for every overdue
 * invoice the user may see that has none (the aging page; the nightly run later), with the
 * company's default steps, which the collectors then change, carry out and note down. A plan
 * closes by itself when receipts or credit notes settle its invoice; stopping it early takes a
 * reason. One open plan per invoice.
 */
@Stateless
@TenantAware
public class DunningPlanService extends AbstractRecordService<DunningPlan> {

    public static final String STOP = "stop";
    /** The audit trail's cause when a settled invoice closes its plan. */
    public static final String COLLECTED = "collected";

    public static final String SCHEDULE_LIST = "DUNNING_SCHEDULE";
    public static final String ACTION_LIST = "DUNNING_ACTION";

    @Inject
    DunningPlanRecordType type;

    @EJB
    InvoiceService invoices;

    @EJB
    CodeLists codeLists;

    @EJB
    CompanyProfiles companyProfiles;

    @EJB
    UserAccounts accounts;

    @Inject
    CurrentTenant tenant;

    @Override
    protected RecordType<DunningPlan> type() {
        return type;
    }

    /** Not saved: a plan is started from an invoice. */
    @Override
    public DunningPlan newRecord() {
        return new DunningPlan();
    }

    /** A plan lies with its invoice's rep, whoever starts it. */
    @Override
    protected boolean ownedByCreatorByDefault() {
        return false;
    }

    /** The company's default steps: its active schedule codes naming an action it has. */
    public DunningSchedule schedule() {
        Set<String> actions = new HashSet<>();
        codeLists.items(ACTION_LIST).forEach(item -> actions.add(item.getCode()));
        List<String> codes = codeLists.items(SCHEDULE_LIST).stream().filter(CodeItem::isActive).map(CodeItem::getCode).toList();
        return DunningSchedule.of(codes, actions);
    }

    /** A plan for an open invoice, its steps given to the invoice's rep (or to the user when it has none). */
    public DunningPlan startFor(Invoice invoice) {
        if (openPlanOf(invoice) != null) {
            throw new BusinessRuleException("dunning.alreadyOpen", null, invoice.getNumber());
        }
        UserAccount collector = invoice.getOwner() != null ? invoice.getOwner()
                : tenant.currentUser().flatMap(user -> accounts.findByUsername(user.username())).orElse(null);
        return save(DunningPlan.forInvoice(invoice, schedule(), companyProfiles.today(), collector));
    }

    /**
     * Plans for every issued invoice the user may see that is past due today, still open and has
     * no open plan; returns how many were started.
     */
    public int startForOverdue() {
        LocalDate today = companyProfiles.today();
        Set<Long> planned = new HashSet<>(em.createQuery(
                "select p.invoice.id from DunningPlan p where p.status = :open", Long.class)
                .setParameter("open", DunningPlan.OPEN).getResultList());
        int started = 0;
        for (long invoiceId : invoices.overdueIds(today)) {
            if (!planned.contains(invoiceId)) {
                startFor(em.find(Invoice.class, invoiceId));
                started++;
            }
        }
        return started;
    }

    /**
     * The invoices were paid or credited: the open plan of each that nothing is left open on is
     * collected. Called by the receipts and credit notes that did it.
     */
    public void invoicesSettled(Collection<Invoice> changed) {
        LocalDate today = companyProfiles.today();
        for (Invoice invoice : changed) {
            if (invoice.invoiceStatus() != InvoiceStatus.SETTLED) {
                continue;
            }
            DunningPlan plan = openPlanOf(invoice);
            if (plan != null) {
                changeAsConsequence(plan, COLLECTED, collected -> collected.collected(today));
            }
        }
    }

    private DunningPlan openPlanOf(Invoice invoice) {
        return em.createQuery("select p from DunningPlan p where p.invoice = :invoice and p.status = :open", DunningPlan.class)
                .setParameter("invoice", invoice).setParameter("open", DunningPlan.OPEN)
                .getResultStream().findFirst().orElse(null);
    }

    @Override
    protected void checkRules(DunningPlan plan) {
        if (plan.getInvoice() == null) {
            throw new BusinessRuleException("dunning.onlyFromInvoices", null);
        }
        if (!plan.isOpen()) {
            throw new BusinessRuleException("document.notEditable", null);
        }
        for (var step : plan.getLines()) {
            if (step.getAction() != null && !codeLists.contains(ACTION_LIST, step.getAction())) {
                throw new BusinessRuleException("dunning.stepIncomplete", "lines", Integer.toString(step.getLineNo()));
            }
        }
        plan.checkSteps(companyProfiles.today());
    }

    /** A plan whose steps have been carried out is history; it is stopped, not deleted. */
    @Override
    protected void checkDeletable(DunningPlan plan) {
        if (!plan.isOpen() || plan.getLines().stream().anyMatch(step -> step.isDone())) {
            throw new BusinessRuleException("dunning.notDeletable", null);
        }
    }

    @Override
    protected boolean commandAvailable(DunningPlan plan, String command) {
        return STOP.equals(command) && plan.isOpen();
    }

    @Override
    protected CommandOutcome carryOut(DunningPlan plan, RecordCommand command, String reason) {
        if (!STOP.equals(command.name())) {
            throw new IllegalArgumentException(command.name());
        }
        plan.cancel(companyProfiles.today(), reason);
        return CommandOutcome.show(type.name(), plan.getId());
    }

    /**
     * The steps of the open plans the user may see planned between the two days (both included),
     * or only those given to {@code assignee}: the collection calendar (催收日历).
     */
    public List<CalendarStep> calendar(LocalDate from, LocalDate to, Long assignee) {
        List<Object[]> rows = visibleSummary((cb, plan) -> {
            Join<DunningPlan, ?> step = plan.join("lines");
            Join<?, ?> assigned = step.join("assignee", jakarta.persistence.criteria.JoinType.LEFT);
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>(List.of(
                    cb.equal(plan.get("status"), DunningPlan.OPEN),
                    cb.between(step.<LocalDate>get("plannedDate"), from, to)));
            if (assignee != null) {
                where.add(cb.equal(assigned.get("id"), assignee));
            }
            var invoice = plan.get("invoice");
            return new Summary(where, List.of(), List.of(plan.get("id"), step.get("lineNo"), step.get("plannedDate"), step.get("action"),
                    assigned.get("displayName"), plan.get("customer").get("name"), invoice.get("number"),
                    cb.diff(cb.diff(invoice.<BigDecimal>get("grossTotal"), invoice.<BigDecimal>get("paidAmount")),
                            invoice.<BigDecimal>get("creditedAmount")),
                    step.get("doneOn")));
        });
        LocalDate today = companyProfiles.today();
        return rows.stream().map(row -> new CalendarStep((Long) row[0], (Integer) row[1], (LocalDate) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (BigDecimal) row[7], (LocalDate) row[8],
                row[8] == null && ((LocalDate) row[2]).isBefore(today))).toList();
    }

    /** A step on the collection calendar: its plan, day, action and collector, the customer, the invoice and what is open on it. */
    public record CalendarStep(long planId, int stepNo, LocalDate day, String action, String assignee, String customer,
                               String invoice, BigDecimal open, LocalDate doneOn, boolean late) implements Serializable {

        public boolean isDone() {
            return doneOn != null;
        }
    }
}
