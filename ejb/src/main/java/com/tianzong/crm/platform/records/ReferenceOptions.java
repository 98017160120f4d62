package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.security.Owned;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Attribute;
import java.util.List;
import java.util.Optional;

/**
 * The records a reference field can point to (owner rep, department, customer …), in label
 * order. Records that fall under the data scope (customers, contacts, reps' files …) are read
 * through their own record type's service, so a form offers only those the user may see.
 */
@Stateless
@TenantAware
public class ReferenceOptions {

    private static final int MAX_OPTIONS = 2_000;

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Inject
    RecordTypes recordTypes;

    public List<? extends TenantRecord> options(RecordType<?> type, RecordField field) {
        return options(type, field, null);
    }

    /**
     * The choices of a reference on a record: for a field {@link RecordField#narrowedBy narrowed}
     * by another, only the records that share the record's value of that other field (none while
     * it has none).
     */
    public List<? extends TenantRecord> options(RecordType<?> type, RecordField field, TenantRecord record) {
        Optional<String> narrowedBy = field.getNarrowedBy();
        Object narrowing = narrowedBy.isPresent() && record != null ? RecordAccess.read(record, narrowedBy.get()) : null;
        if (narrowedBy.isPresent() && !(narrowing instanceof TenantRecord)) {
            return List.of();
        }
        Long narrowingId = narrowing == null ? null : ((TenantRecord) narrowing).getId();
        Class<? extends TenantRecord> target = targetOf(type, field);
        String label = field.getReferenceLabel();
        if (Owned.class.isAssignableFrom(target)) {
            Optional<RecordType<?>> targetType = recordTypes.all().stream().filter(t -> t.entityClass().equals(target)).findFirst();
            if (targetType.isPresent()) {
                RecordService<?> service = targetType.get().service();
                if (!service.allowedActions().contains(PermissionAction.VIEW)) {
                    return List.of();
                }
                PageRequest request = PageRequest.firstPage(MAX_OPTIONS);
                if (targetType.get().field(label).isPresent()) {
                    request = request.sortedBy(label, true);
                }
                if (narrowingId != null) {
                    request = request.withFilter(narrowedBy.get(), Long.toString(narrowingId));
                }
                return service.findPage(request).rows();
            }
        }
        return query(target, label, narrowedBy.orElse(null), narrowingId);
    }

    /**
     * At most {@code max} records a reference of {@code ownerClass} (a document line's product)
     * can point to that match {@code text}: through the target's record type and its searchable
     * fields where it has one (so its permission and data scope apply), else by the label.
     */
    public List<? extends TenantRecord> search(Class<?> ownerClass, RecordField field, String text, int max) {
        Class<? extends TenantRecord> target = targetOf(ownerClass, field);
        Optional<RecordType<?>> targetType = recordTypes.all().stream().filter(t -> t.entityClass().equals(target)).findFirst();
        if (targetType.isPresent()) {
            RecordService<?> service = targetType.get().service();
            if (!service.allowedActions().contains(PermissionAction.VIEW)) {
                return List.of();
            }
            PageRequest request = PageRequest.firstPage(max).withText(text == null ? "" : text.strip());
            if (targetType.get().field("active").filter(active -> active.getKind() == FieldKind.FLAG).isPresent()) {
                request = request.withFilter("active", "true");
            }
            if (targetType.get().field(field.getReferenceLabel()).isPresent()) {
                request = request.sortedBy(field.getReferenceLabel(), true);
            }
            return service.findPage(request).rows();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TenantRecord> query = cb.createQuery(TenantRecord.class);
        Root<? extends TenantRecord> root = query.from(target);
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        query.select(root).where(cb.like(cb.lower(root.get(field.getReferenceLabel())), pattern))
                .orderBy(cb.asc(root.get(field.getReferenceLabel())));
        return em.createQuery(query).setMaxResults(max).getResultList();
    }

    /** The record a reference of {@code ownerClass} names by id, if it exists and the user may see it. */
    public Optional<? extends TenantRecord> find(Class<?> ownerClass, RecordField field, long id) {
        Class<? extends TenantRecord> target = targetOf(ownerClass, field);
        Optional<RecordType<?>> targetType = recordTypes.all().stream().filter(t -> t.entityClass().equals(target)).findFirst();
        if (targetType.isPresent()) {
            RecordService<?> service = targetType.get().service();
            return service.allowedActions().contains(PermissionAction.VIEW) ? service.find(id) : Optional.empty();
        }
        return Optional.ofNullable(em.find(target, id));
    }

    private <R extends TenantRecord> List<R> query(Class<R> target, String label, String narrowedBy, Long narrowingId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<R> query = cb.createQuery(target);
        Root<R> root = query.from(target);
        query.select(root).orderBy(cb.asc(root.get(label)));
        if (narrowingId != null) {
            query.where(cb.equal(root.get(narrowedBy).get("id"), narrowingId));
        }
        return em.createQuery(query).setMaxResults(MAX_OPTIONS).getResultList();
    }

    private Class<? extends TenantRecord> targetOf(RecordType<?> type, RecordField field) {
        return targetOf(type.entityClass(), field);
    }

    @SuppressWarnings("unchecked")
    private Class<? extends TenantRecord> targetOf(Class<?> ownerClass, RecordField field) {
        Attribute<?, ?> attribute = em.getMetamodel().entity(ownerClass).getAttribute(field.getName());
        return (Class<? extends TenantRecord>) attribute.getJavaType();
    }
}
