package com.tianzong.crm.platform.search;

import com.tianzong.crm.platform.operator.OperatorAudit;
import com.tianzong.crm.platform.operator.OperatorAuditEntry;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The operators' reindex: empties a tenant's part of the search index and indexes all its
 * records again, for an index directory that was lost or restored from an older backup.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexAdministration {

    /** What a rebuild did: documents in the index afterwards and the time it took. */
    public record Rebuilt(String tenant, long documents, long millis) {
    }

    @EJB
    TenantRegistry registry;

    @EJB
    SearchIndexer indexer;

    @EJB
    OperatorAudit audit;

    public Rebuilt rebuild(String code, String operator) {
        TenantCode tenant = TenantCode.parse(code).filter(c -> registry.find(c).isPresent())
                .orElseThrow(() -> new BusinessRuleException("tenant.notFound", "code"));
        long started = System.nanoTime();
        long documents = TenantContext.callAs(tenant, () -> indexer.rebuild(done -> { }));
        long millis = (System.nanoTime() - started) / 1_000_000;
        audit.record(operator, OperatorAuditEntry.Action.REINDEX, tenant.value(), documents + " documents, " + millis + " ms");
        return new Rebuilt(tenant.value(), documents, millis);
    }
}
