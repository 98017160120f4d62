package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.codelist.CodeLists;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.search.SearchIndexing;
import com.tianzong.crm.platform.security.DataScopes;
import com.tianzong.crm.platform.security.Owned;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.security.ScopeRule;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.query.Page;
import com.tianzong.crm.platform.query.PageRequest;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The generic part of a record service: paged criteria queries built only from declared fields,
 * find, save with optimistic locking and code-list checks, delete with version check.
 * Permissions, data scope (PLT-05), the audit trail (PLT-09) and the search index (PLT-11) are
 * applied here, once, for every record type: lists, counts, exports, finds, edits and deletes
 * all see the same rows.
 * Subclasses add their rules in {@link #checkRules}.
 */
public abstract class AbstractRecordService<T extends TenantRecord> implements RecordService<T> {

    @PersistenceContext(unitName = "tianzong")
    protected EntityManager em;

    @EJB
    CodeLists codeLists;

    @EJB
    DataScopes dataScopes;

    @EJB
    AuditTrail auditTrail;

    @EJB
    UserAccounts userAccounts;

    @EJB
    Permissions permissions;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    RecordTypes recordTypes;

    @Inject
    SearchIndexing searchIndexing;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<RelatedListContribution> contributions;

    /** At most this many rows of another record type show in a 360-view tab. */
    private static final int RELATED_ROWS = 500;

    /*
     * Declared constraints are checked here, not by JPA's validation callback: EclipseLink 4.0
     * keeps every per-tenant descriptor copy its callback ever validated (eclipselink#2635), so
     * each save leaked memory; persistence.xml turns the callback off.
     */
    @Inject
    Validator validator;

    protected abstract RecordType<T> type();

    /** The rules of this record type beyond the declared field constraints. */
    protected void checkRules(T record) {
    }

    /**
     * Work that follows a save in the same transaction (a price history row, paths of a subtree);
     * {@code before} is the audit snapshot of the record before the change, null for a new one.
     */
    protected void afterSave(T saved, Map<String, String> before) {
    }

    /** The user who makes the change, or "system" for work without one. */
    protected String actor() {
        return currentTenant.currentUser().map(user -> user.username()).orElse("system");
    }

    /** Work that follows a deletion in the same transaction (a customer's dynamic data …). */
    protected void afterDelete(T removed) {
    }

    /** Refuses to delete a record that others still need (a category with products …). */
    protected void checkDeletable(T record) {
    }

    /**
     * The rows of a related list of the type's own making, of a record the caller may see; types
     * with such lists override it. Lists of other records ({@link RelatedList#viaField()}) are read here.
     */
    protected List<?> loadRelated(T record, String listName) {
        throw new IllegalArgumentException(type().name() + " has no related list " + listName);
    }

    @Override
    public List<?> related(long id, String listName) {
        permissions.check(type().name(), PermissionAction.VIEW, id);
        RelatedList list = type().relatedList(listName).orElseThrow(() -> new RecordNotFoundException(type().entityClass(), id));
        T record = findVisible(id).orElseThrow(() -> new RecordNotFoundException(type().entityClass(), id));
        if (list.viaField().isEmpty()) {
            for (RelatedListContribution contribution : contributions) {
                if (contribution.recordType().equals(type().name()) && contribution.list().name().equals(listName)) {
                    return contribution.rows(record);
                }
            }
            return loadRelated(record, listName);
        }
        RecordType<?> rowType = recordTypes.find(list.rowType())
                .orElseThrow(() -> new IllegalStateException("related list " + listName + " names unknown type " + list.rowType()));
        TenantRecord target = list.sourceField().isPresent() ? (TenantRecord) RecordAccess.read(record, list.sourceField().get()) : record;
        if (target == null) {
            return List.of();
        }
        PageRequest rows = PageRequest.firstPage(RELATED_ROWS).withFilter(list.viaField().get(), Long.toString(target.getId()));
        return rowType.service().findPage(rows).rows();
    }

    @Override
    public long count(PageRequest request) {
        permissions.check(type().name(), PermissionAction.VIEW, null);
        return countRows(request);
    }

    private long countRows(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type().entityClass());
        count.select(cb.count(countRoot)).where(restrictions(cb, countRoot, request));
        return em.createQuery(count).getSingleResult();
    }

    @Override
    public Page<T> findPage(PageRequest request) {
        permissions.check(type().name(), PermissionAction.VIEW, null);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        Class<T> entity = type().entityClass();
        long total = countRows(request);

        CriteriaQuery<T> select = cb.createQuery(entity);
        Root<T> root = select.from(entity);
        select.select(root).where(restrictions(cb, root, request)).orderBy(ordering(cb, root, request));
        List<T> rows = em.createQuery(select)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(rows, total);
    }

    /** The record, if it exists and is within the caller's data scope. */
    @Override
    public Optional<T> find(long id) {
        permissions.check(type().name(), PermissionAction.VIEW, id);
        return findVisible(id);
    }

    private Optional<T> findVisible(long id) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type().entityClass());
        Root<T> root = query.from(type().entityClass());
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(root.get("id"), id)));
        scope(cb, root).ifPresent(where::add);
        query.select(root).where(where.toArray(Predicate[]::new));
        return em.createQuery(query).getResultStream().findFirst();
    }

    @Override
    public Map<String, T> findByKeys(Collection<String> keys) {
        permissions.check(type().name(), PermissionAction.VIEW, null);
        String key = type().naturalKey().orElseThrow(() -> new IllegalStateException(type().name() + " has no natural key"));
        if (keys.isEmpty()) {
            return Map.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type().entityClass());
        Root<T> root = query.from(type().entityClass());
        List<Predicate> where = new ArrayList<>(List.of(root.get(key).in(keys)));
        scope(cb, root).ifPresent(where::add);
        query.select(root).where(where.toArray(Predicate[]::new));
        Map<String, T> found = new HashMap<>();
        for (T record : em.createQuery(query).getResultList()) {
            em.detach(record);
            found.put(String.valueOf(RecordAccess.read(record, key)), record);
        }
        return found;
    }

    @Override
    public Set<String> existingKeys(Collection<String> keys) {
        String key = type().naturalKey().orElseThrow(() -> new IllegalStateException(type().name() + " has no natural key"));
        if (keys.isEmpty()) {
            return Set.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object> query = cb.createQuery(Object.class);
        Root<T> root = query.from(type().entityClass());
        query.select(root.get(key)).where(root.get(key).in(keys));
        return em.createQuery(query).getResultStream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public T get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException(type().entityClass(), id));
    }

    @Override
    public T save(T record) {
        checkCodes(record);
        boolean created = record.isNew();
        permissions.check(type().name(), created ? PermissionAction.CREATE : PermissionAction.EDIT, record.getId());
        Map<String, String> before = null;
        if (created) {
            defaultOwner(record);
        } else {
            T current = findVisible(record.getId()).orElseThrow(() -> new RecordNotFoundException(type().entityClass(), record.getId()));
            if (current instanceof LineDocument document && !document.isLinesEditable()) {
                throw new BusinessRuleException("document.notEditable", null);
            }
            before = snapshot(current);
        }
        if (record instanceof LineDocument document) {
            document.recalculate();
        }
        checkRules(record);
        Set<ConstraintViolation<T>> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        T saved;
        try {
            saved = created ? persist(record) : em.merge(record);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(record);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                throw new ConcurrentChangeException(record);
            }
            throw e;
        }
        auditTrail.recordChange(type().name(), saved.getId(), before, snapshot(saved));
        searchIndexing.changed(type().name(), saved);
        afterSave(saved, before);
        return saved;
    }

    @Override
    public void delete(long id, int expectedVersion) {
        permissions.check(type().name(), PermissionAction.DELETE, id);
        T record = findVisible(id).orElseThrow(() -> new RecordNotFoundException(type().entityClass(), id));
        if (record.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(record);
        }
        checkDeletable(record);
        Map<String, String> before = snapshot(record);
        em.remove(record);
        em.flush();
        auditTrail.recordChange(type().name(), id, before, null);
        searchIndexing.changed(type().name(), record);
        afterDelete(record);
    }

    @Override
    public List<RecordCommand> availableCommands(T record) {
        if (record == null || record.isNew() || type().commands().isEmpty()) {
            return List.of();
        }
        var grants = permissions.grants();
        return type().commands().stream()
                .filter(command -> grants.allows(command.moduleOr(type().name()), command.permission()) && commandAvailable(record, command.name()))
                .toList();
    }

    @Override
    public CommandOutcome perform(long id, int expectedVersion, String commandName, String reason) {
        RecordCommand command = type().command(commandName)
                .orElseThrow(() -> new BusinessRuleException("command.unknown", null, commandName));
        permissions.check(command.moduleOr(type().name()), command.permission(), id);
        T record = findVisible(id).orElseThrow(() -> new RecordNotFoundException(type().entityClass(), id));
        if (record.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(record);
        }
        String why = com.tianzong.crm.platform.persistence.Trimmed.orNull(reason);
        if (command.reasonRequired() && why == null) {
            throw new BusinessRuleException("command.reasonRequired", "reason");
        }
        if (!commandAvailable(record, commandName)) {
            throw new BusinessRuleException("command.notAvailable", null);
        }
        Map<String, String> before = snapshot(record);
        CommandOutcome outcome;
        try {
            outcome = carryOut(record, command, why);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(record);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                throw new ConcurrentChangeException(record);
            }
            throw e;
        }
        auditTrail.recordChange(type().name(), id, Map.of(), Map.of(COMMAND, why == null ? commandName : commandName + " · " + why));
        auditTrail.recordChange(type().name(), id, before, snapshot(record));
        searchIndexing.changed(type().name(), record);
        return outcome;
    }

    /**
     * Makes a record of this type as a consequence of work on another record (a warranty started
     * by a shipment, a credit note by a received return), in the caller's transaction: the
     * caller's work was permitted and scoped already. Its declared constraints are checked; it is
     * audited as created, with {@code cause} (what made it) as a command entry.
     */
    protected T createAsConsequence(T record, String cause) {
        Set<ConstraintViolation<T>> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        em.persist(record);
        em.flush();
        auditTrail.recordChange(type().name(), record.getId(), Map.of(), Map.of(COMMAND, cause));
        auditTrail.recordChange(type().name(), record.getId(), null, snapshot(record));
        searchIndexing.changed(type().name(), record);
        return record;
    }

    /**
     * Changes a record of this type as a consequence of work on another record (a dunning plan
     * closed by the receipt that pays its invoice), in the caller's transaction: the caller's work
     * was permitted and scoped already, so neither applies again here. It is audited like a
     * command named {@code cause}, with the field diff.
     */
    protected void changeAsConsequence(T record, String cause, java.util.function.Consumer<T> change) {
        Map<String, String> before = snapshot(record);
        change.accept(record);
        em.flush();
        auditTrail.recordChange(type().name(), record.getId(), Map.of(), Map.of(COMMAND, cause));
        auditTrail.recordChange(type().name(), record.getId(), before, snapshot(record));
        searchIndexing.changed(type().name(), record);
    }

    /** The audit trail's field for a command given on a record: its value is the command's name and reason. */
    public static final String COMMAND = "command";

    /** Whether the record's state allows the command now; no command is available by default. */
    protected boolean commandAvailable(T record, String command) {
        return false;
    }

    /**
     * Carries out an available, permitted command on the record (read within the caller's scope,
     * at the version the caller saw) in the caller's transaction; the change is audited afterwards.
     */
    protected CommandOutcome carryOut(T record, RecordCommand command, String reason) {
        throw new IllegalStateException(type().name() + " has no command " + command.name());
    }

    private T persist(T record) {
        em.persist(record);
        return record;
    }

    /**
     * Whether a new scoped record saved without an owner belongs to the user who creates it
     * (a customer); a type whose owner must be named (a salesperson's file) says no.
     */
    protected boolean ownedByCreatorByDefault() {
        return true;
    }

    /** A new scoped record without an owner belongs to the user who creates it, where the type says so. */
    private void defaultOwner(T record) {
        if (ownedByCreatorByDefault() && record instanceof Owned owned && owned.getOwner() == null) {
            currentTenant.currentUser()
                    .flatMap(user -> userAccounts.findByUsername(user.username()))
                    .ifPresent(me -> owned.assignTo(me, owned.getDepartment()));
        }
    }

    /** The record's declared fields as text, as the audit trail keeps them. */
    private Map<String, String> snapshot(T record) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (RecordField field : type().fields()) {
            if (field.getKind() == FieldKind.TIMESTAMP) {
                continue;
            }
            Object value = RecordAccess.read(record, field.getName());
            if (value == null) {
                values.put(field.getName(), null);
            } else if (field.getKind() == FieldKind.REFERENCE) {
                TenantRecord referenced = (TenantRecord) value;
                values.put(field.getName(), RecordAccess.read(referenced, field.getReferenceLabel()) + " #" + referenced.getId());
            } else if (value instanceof BigDecimal amount) {
                values.put(field.getName(), amount.toPlainString());
            } else {
                values.put(field.getName(), value.toString());
            }
        }
        type().lineItems().ifPresent(lines -> values.put(LINES, lineSummary(lines, (LineDocument) record)));
        return values;
    }

    /** The audit trail's field for a document's lines: one entry per line, its editable columns as text. */
    public static final String LINES = "lines";

    private static final int AUDIT_VALUE_LENGTH = 1000;

    private static String lineSummary(LineItems items, LineDocument document) {
        StringBuilder summary = new StringBuilder();
        int number = 0;
        for (Object line : document.getLines()) {
            summary.append(summary.length() == 0 ? "" : "; ").append(++number).append(':');
            for (RecordField column : items.columns()) {
                if (!column.isEditable()) {
                    continue;
                }
                Object value = RecordAccess.read(line, column.getName());
                String text = value == null ? "" : value instanceof TenantRecord referenced
                        ? String.valueOf(RecordAccess.read(referenced, column.getReferenceLabel()))
                        : value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
                summary.append(' ').append(text);
            }
        }
        return summary.length() <= AUDIT_VALUE_LENGTH ? summary.toString() : summary.substring(0, AUDIT_VALUE_LENGTH - 1) + "…";
    }

    /**
     * Values of the records the user may see, for a summary (an aging report): the type's VIEW
     * permission and data scope apply as in every list; {@code where} narrows, {@code select}
     * picks the values of each record.
     */
    protected List<Object[]> visibleValues(java.util.function.BiFunction<CriteriaBuilder, Root<T>, List<Predicate>> where,
                                           java.util.function.BiFunction<CriteriaBuilder, Root<T>, List<jakarta.persistence.criteria.Selection<?>>> select) {
        return visibleGroups(where, (cb, root) -> List.of(), select);
    }

    /**
     * As {@link #visibleValues}, grouped by the values {@code groupBy} names (a day, an owner),
     * {@code select} then giving them and sums of each group.
     */
    protected List<Object[]> visibleGroups(java.util.function.BiFunction<CriteriaBuilder, Root<T>, List<Predicate>> where,
                                           java.util.function.BiFunction<CriteriaBuilder, Root<T>, List<jakarta.persistence.criteria.Expression<?>>> groupBy,
                                           java.util.function.BiFunction<CriteriaBuilder, Root<T>, List<jakarta.persistence.criteria.Selection<?>>> select) {
        return visibleSummary((cb, root) -> new Summary(where.apply(cb, root), groupBy.apply(cb, root), select.apply(cb, root)));
    }

    /**
     * A summary of the records the user may see (VIEW permission and data scope as in every
     * list), its parts made together so they can share joins (a document's lines): which records,
     * grouped by what, and what of each group.
     */
    protected List<Object[]> visibleSummary(java.util.function.BiFunction<CriteriaBuilder, Root<T>, Summary> summary) {
        permissions.check(type().name(), PermissionAction.VIEW, null);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<T> root = query.from(type().entityClass());
        Summary parts = summary.apply(cb, root);
        List<Predicate> all = new ArrayList<>(parts.where());
        scope(cb, root).ifPresent(all::add);
        query.multiselect(parts.select()).where(all.toArray(Predicate[]::new));
        if (!parts.groupBy().isEmpty()) {
            query.groupBy(parts.groupBy());
        }
        // a single value comes back as itself, not as an array of one
        List<?> rows = em.createQuery(query).getResultList();
        return rows.stream().map(row -> row instanceof Object[] values ? values : new Object[] {row}).toList();
    }

    /** The parts of a {@link #visibleSummary}: restrictions, grouping (may be empty) and selection. */
    public record Summary(List<Predicate> where, List<jakarta.persistence.criteria.Expression<?>> groupBy,
                             List<jakarta.persistence.criteria.Selection<?>> select) {
    }

    /** The caller's data scope as a restriction, for record types whose records are owned. */
    private Optional<Predicate> scope(CriteriaBuilder cb, Root<T> root) {
        if (!Owned.class.isAssignableFrom(type().entityClass())) {
            return Optional.empty();
        }
        ScopeRule rule = dataScopes.ruleFor(type().name());
        if (rule.isUnrestricted()) {
            return Optional.empty();
        }
        if (rule.byOwner()) {
            return Optional.of(cb.equal(root.get(Owned.OWNER).get("id"), rule.ownerId()));
        }
        return Optional.of(root.get(Owned.DEPARTMENT).get("id").in(rule.departmentIds()));
    }

    /** None beyond the declared constraints, unless the record type says otherwise. */
    @Override
    public Map<Integer, BusinessRuleException> importProblems(List<T> records) {
        return Map.of();
    }

    /** No value must be unique within an imported file, unless the record type says otherwise. */
    @Override
    public Map<String, String> importUniqueValues(T record) {
        return Map.of();
    }

    @Override
    public Set<PermissionAction> allowedActions() {
        return permissions.allowedActions(type().name());
    }

    @Override
    public void checkPermitted(PermissionAction action) {
        permissions.check(type().name(), action, null);
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
        scope(cb, root).ifPresent(predicates::add);
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
            case DECIMAL -> {
                BigDecimal atLeast = parseNumber(value, BigDecimal::new, field);
                Path<BigDecimal> quantity = root.get(field.getName());
                yield cb.greaterThanOrEqualTo(quantity, atLeast);
            }
            case INTEGER -> {
                Integer number = parseNumber(value, Integer::valueOf, field);
                yield cb.equal(root.get(field.getName()), number);
            }
            case FLAG -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new BusinessRuleException("error.filter.invalid", field.getName(), value);
                }
                yield cb.equal(root.get(field.getName()), Boolean.valueOf(value));
            }
            case DATE -> {
                // "2026-03-01" or "2026-03-01.." from that day on, "..2026-03-31" up to it, "a..b" between
                Path<LocalDate> day = root.get(field.getName());
                int range = value.indexOf("..");
                String from = range < 0 ? value : value.substring(0, range).trim();
                String to = range < 0 ? "" : value.substring(range + 2).trim();
                if (from.isEmpty() && to.isEmpty()) {
                    throw new BusinessRuleException("error.filter.invalid", field.getName(), value);
                }
                List<Predicate> bounds = new ArrayList<>();
                if (!from.isEmpty()) {
                    LocalDate first = parseNumber(from, LocalDate::parse, field);
                    bounds.add(cb.greaterThanOrEqualTo(day, first));
                }
                if (!to.isEmpty()) {
                    LocalDate last = parseNumber(to, LocalDate::parse, field);
                    bounds.add(cb.lessThanOrEqualTo(day, last));
                }
                yield cb.and(bounds.toArray(Predicate[]::new));
            }
            case TIMESTAMP -> throw new BusinessRuleException("error.filter.unsupported", field.getName());
        };
    }

    private static <V> V parseNumber(String value, Function<String, V> parser, RecordField field) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
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
