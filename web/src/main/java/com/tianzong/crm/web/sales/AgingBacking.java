package com.tianzong.crm.web.sales;

import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.application.DunningPlanService;
import com.tianzong.crm.sales.application.InvoiceService;
import com.tianzong.crm.sales.application.ReceivablesAging;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Receivables aging (应收账龄分析, SAL-09): the customers the user may see with what they owe on
 * issued invoices, per aging bucket as of a chosen day (today by default); each customer leads to
 * its 360 view, whose receivables ledger lists the invoices behind the amounts.
 */
@Named("aging")
@ViewScoped
public class AgingBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ReceivablesAging aging;

    @EJB
    transient InvoiceService invoices;

    @EJB
    transient CompanyProfiles profiles;

    @EJB
    transient DunningPlanService dunning;

    @Inject
    transient com.tianzong.crm.web.records.RecordMessages messages;

    @Inject
    transient com.tianzong.crm.sales.application.DunningPlanRecordType dunningType;

    @Inject
    transient Texts texts;

    private LocalDate asOf;
    private ReceivablesAging.Report report;

    public void load() {
        if (!invoices.allowedActions().contains(PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        if (asOf == null) {
            asOf = profiles.today();
        }
        report = aging.report(asOf);
    }

    /** The day changed: the aging again. */
    public void refresh() {
        if (asOf == null) {
            asOf = profiles.today();
        }
        report = aging.report(asOf);
    }

    /** Whether the user may start dunning plans. */
    public boolean isDunningAllowed() {
        return dunning.allowedActions().contains(PermissionAction.CREATE);
    }

    /** Starts a dunning plan for every overdue invoice without one (SAL-09). */
    public void startDunning() {
        try {
            texts.info("dunning.startedForOverdue", dunning.startForOverdue());
        } catch (RuntimeException e) {
            messages.show(e, dunningType);
        }
    }

    /** The headings of the buckets: not yet due, each range of days past due, beyond the last. */
    public List<String> getHeadings() {
        List<String> headings = new ArrayList<>();
        for (Integer[] range : report.buckets().ranges()) {
            if (range[0] == null) {
                headings.add(texts.get("aging.notDue"));
            } else if (range[1] == null) {
                headings.add(texts.get("aging.over", range[0] - 1));
            } else {
                headings.add(texts.get("aging.range", range[0], range[1]));
            }
        }
        return headings;
    }

    public List<Integer> getColumns() {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < report.buckets().size(); i++) {
            columns.add(i);
        }
        return columns;
    }

    public ReceivablesAging.Report getReport() {
        return report;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }
}
