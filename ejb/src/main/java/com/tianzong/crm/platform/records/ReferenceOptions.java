package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Attribute;
import java.util.List;

/** The records a reference field can point to (owner rep, department …), in label order. */
@Stateless
@TenantAware
public class ReferenceOptions {

    private static final int MAX_OPTIONS = 2_000;

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    public List<? extends TenantRecord> options(RecordType<?> type, RecordField field) {
        Class<? extends TenantRecord> target = targetOf(type, field);
        return query(target, field.getReferenceLabel());
    }

    private <R extends TenantRecord> List<R> query(Class<R> target, String label) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<R> query = cb.createQuery(target);
        Root<R> root = query.from(target);
        query.select(root).orderBy(cb.asc(root.get(label)));
        return em.createQuery(query).setMaxResults(MAX_OPTIONS).getResultList();
    }

    @SuppressWarnings("unchecked")
    private Class<? extends TenantRecord> targetOf(RecordType<?> type, RecordField field) {
        Attribute<?, ?> attribute = em.getMetamodel().entity(type.entityClass()).getAttribute(field.getName());
        return (Class<? extends TenantRecord>) attribute.getJavaType();
    }
}
