package com.tianzong.crm.sales.application;

import com.tianzong.crm.customer.application.CustomerRecordService;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.CommandOutcome;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.CreditNote;
import com.tianzong.crm.sales.domain.Invoice;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

/** Credit notes: issued only by receiving a refund return ({@link SalesReturnService}); neither made, changed nor deleted by hand. */
@Stateless
@TenantAware
public class CreditNoteService extends CustomerRecordService<CreditNote> {

    public static final String APPLY = "apply";

    @Inject
    CreditNoteRecordType type;

    @EJB
    CustomerCredit credit;

    @EJB
    DunningPlanService dunning;

    @EJB
    CompanyProfiles companyProfiles;

    @Override
    protected RecordType<CreditNote> type() {
        return type;
    }

    @Override
    public CreditNote newRecord() {
        return CreditNote.unsaved();
    }

    /** The note's applications: the returned invoice's part, and what the customer's credit paid later. */
    @Override
    protected List<?> loadRelated(CreditNote note, String listName) {
        if (!APPLICATIONS.equals(listName)) {
            return super.loadRelated(note, listName);
        }
        return note.getApplications();
    }

    public static final String APPLICATIONS = "applications";

    @Override
    protected void checkRules(CreditNote note) {
        throw new BusinessRuleException(note.isNew() ? "creditNote.onlyFromReturns" : "creditNote.notEditable", null);
    }

    @Override
    protected void checkDeletable(CreditNote note) {
        throw new BusinessRuleException("creditNote.notEditable", null);
    }

    @Override
    protected boolean commandAvailable(CreditNote note, String command) {
        return APPLY.equals(command) && note.getUnappliedAmount().signum() > 0;
    }

    /**
     * Applies what the note left as the customer's credit to the customer's open invoices, oldest
     * due first, under the customer's lock (as receipts are applied); a plan collecting an
     * invoice it settles closes.
     */
    @Override
    protected CommandOutcome carryOut(CreditNote note, RecordCommand command, String reason) {
        if (!APPLY.equals(command.name())) {
            throw new IllegalArgumentException(command.name());
        }
        customerOf(note);
        credit.lock(note.getCustomer().getId());
        List<Invoice> open = credit.openInvoicesOldestFirst(note.getCustomer());
        BigDecimal applied = note.applyOldestFirst(open, companyProfiles.today());
        if (applied.signum() == 0) {
            throw new BusinessRuleException("creditNote.nothingToApply", null, note.getCustomer().getName());
        }
        dunning.invoicesSettled(open);
        return CommandOutcome.show(type.name(), note.getId())
                .with(CommandOutcome.Notice.of("creditNote.applied", applied.toPlainString(), note.getUnappliedAmount().toPlainString()));
    }
}
