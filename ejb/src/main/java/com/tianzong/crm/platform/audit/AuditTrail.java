package com.tianzong.crm.platform.audit;

import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes and reads the audit trail. Called by the generic record service in the same
 * transaction as the change, so a change and its audit entries are committed or lost together.
 */
@Stateless
@TenantAware
public class AuditTrail {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    /**
     * Records the difference between two snapshots of a record (field name to value as text):
     * a create when there is no {@code before}, a delete when there is no {@code after}.
     */
    public void recordChange(String recordType, long recordId, Map<String, String> before, Map<String, String> after) {
        AuditEntry.Action action = before == null ? AuditEntry.Action.CREATE
                : after == null ? AuditEntry.Action.DELETE : AuditEntry.Action.UPDATE;
        Map<String, String> old = before == null ? Map.of() : before;
        Map<String, String> now = after == null ? Map.of() : after;
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        OffsetDateTime at = OffsetDateTime.now();
        String actor = currentTenant.actor();
        String source = currentTenant.source().name();
        for (String field : fields) {
            String oldValue = old.get(field);
            String newValue = now.get(field);
            if (!Objects.equals(oldValue, newValue)) {
                em.persist(new AuditEntry(at, actor, source, recordType, recordId, action, field, oldValue, newValue));
            }
        }
    }

    /** A refused attempt, kept even though the refused work is rolled back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordDenied(String recordType, Long recordId, String attemptedAction) {
        em.persist(new AuditEntry(OffsetDateTime.now(), currentTenant.actor(), currentTenant.source().name(), recordType,
                recordId == null ? 0L : recordId, AuditEntry.Action.DENIED, attemptedAction, null, null));
    }

    public List<AuditEntry> history(String recordType, long recordId) {
        return em.createNamedQuery("AuditEntry.findByRecord", AuditEntry.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .getResultList();
    }
}
