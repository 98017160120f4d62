package com.tianzong.crm.sales.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RelatedList;
import com.tianzong.crm.platform.records.RelatedListContribution;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The receivables ledger as a tab of the customer's 360 view (应收台账). */
@ApplicationScoped
public class CustomerLedgerTab implements RelatedListContribution {

    private static final RelatedList LEDGER = new RelatedList("ledger", "ledgerEntry", List.of(
            RecordField.date("entryDate"), RecordField.code("kind", "LEDGER_ENTRY"), RecordField.text("number", 20),
            RecordField.money("debit"), RecordField.money("credit"), RecordField.money("balance")));

    @EJB
    ReceivablesLedger ledger;

    @Override
    public String recordType() {
        return "customer";
    }

    @Override
    public RelatedList list() {
        return LEDGER;
    }

    @Override
    public List<?> rows(TenantRecord record) {
        return ledger.entries((Customer) record);
    }
}
