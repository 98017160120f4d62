package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.codelist.CodeLists;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.query.Page;
import com.tianzong.crm.platform.query.PageRequest;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The generic part of a record service: paged criteria queries built only from declared fields,
 * find, save with optimistic locking and code-list checks, delete with version check.
 * Subclasses add their rules in {@link #checkRules}.
 */
public abstract class AbstractRecordService<T extends TenantRecord> implements RecordService<T> {

    @PersistenceContext(unitName = "tianzong")
    protected EntityManager em;

    @EJB
    CodeLists codeLists;

    protected abstract RecordType<T> type();

    /** The rules of this record type beyond the declared field constraints. */
    protected void checkRules(T record) {
    }

    @Override
    public long count(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type().entityClass());
        count.select(cb.count(countRoot)).where(restrictions(cb, countRoot, request));
        return em.createQuery(count).getSingleResult();
    }

    @Override
    public Page<T> findPage(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        Class<T> entity = type().entityClass();
        long total = count(request);

        CriteriaQuery<T> select = cb.createQuery(entity);
        Root<T> root = select.from(entity);
        select.select(root).where(restrictions(cb, root, request)).orderBy(ordering(cb, root, request));
        List<T> rows = em.createQuery(select)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(rows, total);
    }

    @Override
    public Optional<T> find(long id) {
        return Optional.ofNullable(em.find(type().entityClass(), id));
    }

    @Override
    public T get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException(type().entityClass(), id));
    }

    @Override
    public T save(T record) {
        checkCodes(record);
        checkRules(record);
        try {
            T saved;
            if (record.isNew()) {
                em.persist(record);
                saved = record;
            } else {
                if (find(record.getId()).isEmpty()) {
                    throw new ConcurrentChangeException(record);
                }
                saved = em.merge(record);
            }
            em.flush();
            return saved;
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(record);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                throw new ConcurrentChangeException(record);
            }
            throw e;
        }
    }

    @Override
    public void delete(long id, int expectedVersion) {
        T record = get(id);
        if (record.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(record);
        }
        em.remove(record);
        em.flush();
    }

    /** Whether another record of this type already has {@code value} in the unique attribute. */
    protected boolean taken(String attribute, Object value, T except) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type().entityClass());
        Predicate same = cb.equal(root.get(attribute), value);
        if (!except.isNew()) {
            same = cb.and(same, cb.notEqual(root.get("id"), except.getId()));
        }
        query.select(cb.count(root)).where(same);
        return em.createQuery(query).getSingleResult() > 0;
    }

    private void checkCodes(T record) {
        for (RecordField field : type().fields()) {
            if (field.getKind() == FieldKind.CODE) {
                Object value = RecordAccess.read(record, field.getName());
                if (value != null && !codeLists.contains(field.getCodeList(), value.toString())) {
                    throw new BusinessRuleException("error.code.unknown", field.getName(), value.toString());
                }
            }
        }
    }

    private Predicate[] restrictions(CriteriaBuilder cb, Root<T> root, PageRequest request) {
        Map<String, From<?, ?>> joins = new HashMap<>();
        List<Predicate> predicates = new ArrayList<>();
        request.filters().forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                predicates.add(filter(cb, root, joins, declared(name), value.trim()));
            }
        });
        String text = request.text();
        if (text != null && !text.isBlank()) {
            List<Predicate> any = type().fields().stream()
                    .filter(RecordField::isSearchable)
                    .map(field -> contains(cb, root.get(field.getName()), text.trim()))
                    .toList();
            if (!any.isEmpty()) {
                predicates.add(cb.or(any.toArray(Predicate[]::new)));
            }
        }
        return predicates.toArray(Predicate[]::new);
    }

    private Predicate filter(CriteriaBuilder cb, Root<T> root, Map<String, From<?, ?>> joins, RecordField field, String value) {
        return switch (field.getKind()) {
            case TEXT -> contains(cb, root.get(field.getName()), value);
            case CODE -> cb.equal(root.get(field.getName()), value);
            case MONEY -> {
                BigDecimal atLeast = parseNumber(value, BigDecimal::new, field);
                Path<BigDecimal> amount = root.get(field.getName());
                yield cb.greaterThanOrEqualTo(amount, atLeast);
            }
            case REFERENCE -> {
                Long id = parseNumber(value, Long::valueOf, field);
                yield cb.equal(join(root, joins, field.getName()).get("id"), id);
            }
            case TIMESTAMP -> throw new BusinessRuleException("error.filter.unsupported", field.getName());
        };
    }

    private static <V> V parseNumber(String value, Function<String, V> parser, RecordField field) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("error.filter.invalid", field.getName(), value);
        }
    }

    private static Predicate contains(CriteriaBuilder cb, Path<String> path, String value) {
        String escaped = value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return cb.like(cb.lower(path), "%" + escaped + "%", '\\');
    }

    private Order[] ordering(CriteriaBuilder cb, Root<T> root, PageRequest request) {
        Map<String, From<?, ?>> joins = new HashMap<>();
        List<Order> orders = new ArrayList<>();
        for (PageRequest.Sort sort : request.sort()) {
            RecordField field = declared(sort.field());
            Path<?> path = field.getKind() == FieldKind.REFERENCE
                    ? join(root, joins, field.getName()).get(field.getReferenceLabel())
                    : root.get(field.getName());
            orders.add(sort.ascending() ? cb.asc(path) : cb.desc(path));
        }
        orders.add(cb.desc(root.get("id")));
        return orders.toArray(Order[]::new);
    }

    private static From<?, ?> join(Root<?> root, Map<String, From<?, ?>> joins, String attribute) {
        return joins.computeIfAbsent(attribute, name -> root.join(name, JoinType.LEFT));
    }

    private RecordField declared(String name) {
        return type().field(name).orElseThrow(() -> new BusinessRuleException("error.field.unknown", name));
    }
}
