package com.tianzong.crm.sales.application;

import com.tianzong.crm.customer.application.CustomerRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.CreditNote;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Credit notes: issued only by receiving a refund return ({@link SalesReturnService}); neither made, changed nor deleted by hand. */
@Stateless
@TenantAware
public class CreditNoteService extends CustomerRecordService<CreditNote> {

    @Inject
    CreditNoteRecordType type;

    @Override
    protected RecordType<CreditNote> type() {
        return type;
    }

    @Override
    public CreditNote newRecord() {
        return CreditNote.unsaved();
    }

    @Override
    protected void checkRules(CreditNote note) {
        throw new BusinessRuleException(note.isNew() ? "creditNote.onlyFromReturns" : "creditNote.notEditable", null);
    }

    @Override
    protected void checkDeletable(CreditNote note) {
        throw new BusinessRuleException("creditNote.notEditable", null);
    }
}
