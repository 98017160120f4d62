package com.tianzong.crm.platform.operator;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The operators' own audit trail (TEN-01): who created, suspended, resumed, exported or deleted which tenant. */
@Stateless
public class OperatorAudit {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    /** Kept even when the work it describes fails and rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String operator, OperatorAuditEntry.Action action, String tenantCode, String detail) {
        em.persist(new OperatorAuditEntry(OffsetDateTime.now(ZoneOffset.UTC), operator, action, tenantCode, detail));
    }

    public List<OperatorAuditEntry> recent(int limit) {
        return em.createNamedQuery("OperatorAuditEntry.recent", OperatorAuditEntry.class).setMaxResults(limit).getResultList();
    }
}
