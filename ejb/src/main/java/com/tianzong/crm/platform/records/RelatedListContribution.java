package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import java.util.List;

/**
 * A tab that one module adds to another's 360 view without the other knowing it (the customer's
 * receivables ledger, which the sales module keeps): the record type it belongs to, its
 * declaration, and its rows for a record the caller may see (the record service has checked the
 * record's permission and data scope before it asks). A CDI bean; the record type lists it among
 * its related lists.
 */
public interface RelatedListContribution {

    String recordType();

    RelatedList list();

    List<?> rows(TenantRecord record);
}
