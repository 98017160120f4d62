package com.tianzong.crm.platform.administration;

import com.tianzong.crm.platform.audit.AuditEntry;
import com.tianzong.crm.platform.query.Page;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant administrator's search of the audit trail (PLT-09): by user, module or record type
 * and period, newest first. Reading it is itself a permission ({@code audit} VIEW).
 */
@Stateless
@TenantAware
public class AuditLog {

    public static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    Permissions permissions;

    public Page<AuditEntry> search(AuditQuery query, int first, int size) {
        permissions.check(AccessModules.AUDIT, PermissionAction.VIEW, null);
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new BusinessRuleException("audit.periodReversed", "to");
        }
        if (first < 0 || size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("Invalid page " + first + "+" + size);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(conditions(cb, entry, query)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        List<AuditEntry> rows = em.createQuery(select).setFirstResult(first).setMaxResults(size).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(conditions(cb, counted, query));
        return new Page<>(rows, em.createQuery(count).getSingleResult());
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEntry> entry, AuditQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.actor() != null) {
            where.add(cb.equal(entry.get("actor"), query.actor()));
        }
        if (query.recordType() != null) {
            where.add(cb.equal(entry.get("recordType"), query.recordType()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.<OffsetDateTime>get("occurredAt"),
                    query.from().atStartOfDay(query.zone()).toOffsetDateTime()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(entry.<OffsetDateTime>get("occurredAt"),
                    query.to().plusDays(1).atStartOfDay(query.zone()).toOffsetDateTime()));
        }
        return where.toArray(Predicate[]::new);
    }
}
