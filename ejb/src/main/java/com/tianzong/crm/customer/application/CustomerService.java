package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordAccess;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import com.tianzong.crm.platform.notification.Notifications;
import com.tianzong.crm.platform.security.PermissionAction;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The customer file's use cases: list, find, create, edit, delete. A customer's contacts and
 * interactions follow it to another rep; a customer with contacts or interactions is kept.
 */
@Stateless
@TenantAware
public class CustomerService extends AbstractRecordService<Customer> {

    @Inject
    CustomerRecordType type;

    @EJB
    CustomerActivity activity;

    @EJB
    Notifications notifications;

    @EJB
    com.tianzong.crm.platform.audit.AuditTrail audit;

    @Override
    protected RecordType<Customer> type() {
        return type;
    }

    @Override
    public Customer newRecord() {
        return new Customer();
    }

    @Override
    protected void checkRules(Customer customer) {
        if (customer.getCode() != null && taken("code", customer.getCode(), customer)) {
            throw new BusinessRuleException("customer.code.taken", "code", customer.getCode());
        }
        checkDuplicates(customer);
        if (customer.getOwner() != null && customer.getDepartment() == null) {
            customer.assignTo(customer.getOwner(), null);
        }
        activity.schedule(customer);
    }

    /** Stands in an IN list that would otherwise be empty; no tax id or name key is empty. */
    private static final String NO_VALUE = "";

    /** Why a customer on file looks like another: the same tax id, the same name, the same phone. */
    public enum Likeness { TAX_ID, NAME, PHONE }

    /** A customer on file that looks like the one being entered, as far as anyone may be told of it. */
    public record Duplicate(Likeness likeness, String code, String name, String owner) implements Serializable {
        public List<String> arguments() {
            return List.of(code, name, owner == null ? "-" : owner);
        }
    }

    /**
     * Customers on file that look like this one (查重): same tax id, same name once normalised
     * (script, width, punctuation, legal form), or same phone. They are looked for across the whole
     * company, past the data scope, because a rep must learn that a colleague already looks after
     * the company (撞单); only code, name and rep are told.
     */
    public List<Duplicate> possibleDuplicates(Customer customer) {
        checkPermitted(PermissionAction.VIEW);
        return duplicatesOf(customer, EnumSet.allOf(Likeness.class));
    }

    private List<Duplicate> duplicatesOf(Customer customer, Set<Likeness> likenesses) {
        List<Duplicate> found = new ArrayList<>();
        long self = customer.isNew() ? -1L : customer.getId();
        Map<Likeness, Object[]> criteria = new EnumMap<>(Likeness.class);
        criteria.put(Likeness.TAX_ID, new Object[] {"taxId", customer.getTaxId()});
        criteria.put(Likeness.NAME, new Object[] {"nameKey", customer.getNameKey()});
        criteria.put(Likeness.PHONE, new Object[] {"phoneKey", customer.getPhoneKey()});
        for (Likeness likeness : likenesses) {
            Object[] criterion = criteria.get(likeness);
            if (criterion[1] == null) {
                continue;
            }
            em.createQuery("select c from Customer c where c." + criterion[0] + " = :value and c.id <> :self order by c.code", Customer.class)
                    .setParameter("value", criterion[1])
                    .setParameter("self", self)
                    .setMaxResults(5)
                    .getResultStream()
                    .forEach(other -> found.add(new Duplicate(likeness, other.getCode(), other.getName(),
                            other.getOwner() == null ? null : other.getOwner().getDisplayName())));
        }
        return found;
    }

    /**
     * A new customer, or one whose tax id, name or phone changes, is refused when another has the
     * same tax id or name, and saved with an on-screen warning when another has the same phone.
     */
    private void checkDuplicates(Customer customer) {
        Set<Likeness> changed = changedLikenesses(customer);
        if (changed.isEmpty()) {
            return;
        }
        for (Duplicate duplicate : duplicatesOf(customer, changed)) {
            refusal(duplicate).ifPresentOrElse(refused -> {
                throw refused;
            }, () -> notifications.warnOnScreen("customer.duplicate.PHONE", duplicate.arguments()));
        }
    }

    /**
     * The import preview's view of the same rule, for a chunk of rows in two queries: a tax id or
     * name that is new to the row and already on file is refused; phones only warn on screen, so
     * they are not problems here.
     */
    @Override
    public Map<Integer, BusinessRuleException> importProblems(List<Customer> customers) {
        Set<String> taxIds = new java.util.HashSet<>(Set.of(NO_VALUE));
        Set<String> names = new java.util.HashSet<>(Set.of(NO_VALUE));
        Set<Long> existing = new java.util.HashSet<>(Set.of(-1L));
        for (Customer customer : customers) {
            Optional.ofNullable(customer.getTaxId()).ifPresent(taxIds::add);
            Optional.ofNullable(customer.getNameKey()).ifPresent(names::add);
            Optional.ofNullable(customer.getId()).ifPresent(existing::add);
        }
        Map<Long, Object[]> stored = new java.util.HashMap<>();
        em.createQuery("select c.id, c.taxId, c.nameKey from Customer c where c.id in :ids", Object[].class)
                .setParameter("ids", existing).getResultList().forEach(row -> stored.put((Long) row[0], row));
        List<Object[]> onFile = em.createQuery("select c.id, c.taxId, c.nameKey, c.code, c.name, o.displayName from Customer c"
                        + " left join c.owner o where c.taxId in :taxIds or c.nameKey in :names order by c.code", Object[].class)
                .setParameter("taxIds", taxIds).setParameter("names", names).getResultList();
        Map<Integer, BusinessRuleException> problems = new java.util.HashMap<>();
        for (int i = 0; i < customers.size(); i++) {
            Customer customer = customers.get(i);
            Object[] before = customer.isNew() ? null : stored.get(customer.getId());
            boolean newTaxId = customer.getTaxId() != null && (before == null || !customer.getTaxId().equals(before[1]));
            boolean newName = customer.getNameKey() != null && (before == null || !customer.getNameKey().equals(before[2]));
            long self = customer.isNew() ? -1L : customer.getId();
            int position = i;
            Optional<Duplicate> duplicate = onFile.stream().filter(row -> (Long) row[0] != self)
                    .filter(row -> newTaxId && customer.getTaxId().equals(row[1])).findFirst()
                    .map(row -> new Duplicate(Likeness.TAX_ID, (String) row[3], (String) row[4], (String) row[5]))
                    .or(() -> onFile.stream().filter(row -> (Long) row[0] != self)
                            .filter(row -> newName && customer.getNameKey().equals(row[2])).findFirst()
                            .map(row -> new Duplicate(Likeness.NAME, (String) row[3], (String) row[4], (String) row[5])));
            duplicate.flatMap(this::refusal).ifPresent(refused -> problems.put(position, refused));
        }
        return problems;
    }

    /** Within one imported file, two rows may not have the same tax id or name either. */
    @Override
    public Map<String, String> importUniqueValues(Customer customer) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        if (customer.getTaxId() != null) {
            values.put("taxId", customer.getTaxId());
        }
        if (customer.getNameKey() != null) {
            values.put("name", customer.getNameKey());
        }
        return values;
    }

    private Optional<BusinessRuleException> refusal(Duplicate duplicate) {
        String[] arguments = duplicate.arguments().toArray(String[]::new);
        return switch (duplicate.likeness()) {
            case TAX_ID -> Optional.of(new BusinessRuleException("customer.duplicate.TAX_ID", "taxId", arguments));
            case NAME -> Optional.of(new BusinessRuleException("customer.duplicate.NAME", "name", arguments));
            case PHONE -> Optional.empty();
        };
    }

    /** What is new about the customer: all of it when new, else the tax id, name and phone that changed. */
    private Set<Likeness> changedLikenesses(Customer customer) {
        Set<Likeness> changed = EnumSet.allOf(Likeness.class);
        if (!customer.isNew()) {
            Object[] stored = em.createQuery("select c.taxId, c.nameKey, c.phoneKey from Customer c where c.id = :id", Object[].class)
                    .setParameter("id", customer.getId()).getSingleResult();
            if (Objects.equals(stored[0], customer.getTaxId())) {
                changed.remove(Likeness.TAX_ID);
            }
            if (Objects.equals(stored[1], customer.getNameKey())) {
                changed.remove(Likeness.NAME);
            }
            if (Objects.equals(stored[2], customer.getPhoneKey())) {
                changed.remove(Likeness.PHONE);
            }
        }
        return changed;
    }

    /** What a merge moves and fills, shown before it is done. */
    public record MergePlan(Customer survivor, Customer merged, long contacts, long interactions, long others,
                            List<String> filledFields) implements Serializable {
        public long getOthers() {
            return others;
        }

        public long getContacts() {
            return contacts;
        }

        public long getInteractions() {
            return interactions;
        }

        public List<String> getFilledFields() {
            return filledFields;
        }
    }

    /** Fields a merge never takes from the merged file: its own identity and the system's figures. */
    private static final Set<String> NOT_MERGED = Set.of("code", "owner", "department", "lastInteractionDate", "lastVisitDate", "nextVisitDue");

    /**
     * What merging {@code mergedId} into {@code survivorId} would do: both must be customers the
     * user may see, change and delete (a merge removes a file).
     */
    public MergePlan planMerge(long survivorId, long mergedId) {
        checkPermitted(PermissionAction.EDIT);
        checkPermitted(PermissionAction.DELETE);
        if (survivorId == mergedId) {
            throw new BusinessRuleException("customer.merge.same", null);
        }
        Customer survivor = get(survivorId);
        Customer merged = get(mergedId);
        List<String> filled = new ArrayList<>();
        for (com.tianzong.crm.platform.records.RecordField field : type.fields()) {
            if (field.isEditable() && field.getKind() != com.tianzong.crm.platform.records.FieldKind.TIMESTAMP
                    && !NOT_MERGED.contains(field.getName())
                    && RecordAccess.read(survivor, field.getName()) == null && RecordAccess.read(merged, field.getName()) != null) {
                filled.add(field.getName());
            }
        }
        long contacts = countOf("Contact", merged);
        long interactions = countOf("Interaction", merged);
        long others = customerRecordEntities().stream().mapToLong(entity -> countOf(entity, merged)).sum() - contacts - interactions;
        return new MergePlan(survivor, merged, contacts, interactions, others, filled);
    }

    /**
     * Merges one customer file into another (客户合并): every contact and interaction of the merged
     * file moves to the survivor (and to its rep), the survivor's empty fields take the merged
     * file's values, and the merged file is deleted. All audited: the moves and fills as changes of
     * the survivor, with the merged file named, and the deletion. Both versions must be the ones
     * the user saw.
     */
    public Customer merge(long survivorId, int survivorVersion, long mergedId, int mergedVersion) {
        MergePlan plan = planMerge(survivorId, mergedId);
        Customer survivor = plan.survivor();
        Customer merged = plan.merged();
        if (survivor.getVersion() != survivorVersion) {
            throw new com.tianzong.crm.platform.records.ConcurrentChangeException(survivor);
        }
        if (merged.getVersion() != mergedVersion) {
            throw new com.tianzong.crm.platform.records.ConcurrentChangeException(merged);
        }
        boolean survivorHasPrimary = em.createQuery(
                        "select count(c) from Contact c where c.customer = :customer and c.primaryContact = true", Long.class)
                .setParameter("customer", survivor).getSingleResult() > 0;
        if (survivorHasPrimary) {
            em.createQuery("update Contact c set c.primaryContact = false where c.customer = :merged")
                    .setParameter("merged", merged).executeUpdate();
        }
        for (String entity : customerRecordEntities()) {
            em.createQuery("update " + entity + " r set r.customer = :survivor, r.owner = :owner, r.department = :department"
                            + " where r.customer = :merged")
                    .setParameter("survivor", survivor)
                    .setParameter("owner", survivor.getOwner())
                    .setParameter("department", survivor.getDepartment())
                    .setParameter("merged", merged)
                    .executeUpdate();
        }
        Map<String, Object> taken = new java.util.LinkedHashMap<>();
        plan.filledFields().forEach(field -> taken.put(field, RecordAccess.read(merged, field)));
        String mergedLabel = merged.getCode() + " " + merged.getName() + " #" + merged.getId();
        delete(mergedId, mergedVersion);
        em.flush();
        em.detach(survivor);
        taken.forEach((field, value) -> RecordAccess.write(survivor, field, value));
        Customer saved = save(survivor);
        audit.recordChange(type.name(), saved.getId(), Map.of("mergedFrom", ""),
                Map.of("mergedFrom", mergedLabel + " · " + plan.contacts() + " / " + plan.interactions() + " / " + plan.others()));
        activity.refresh(saved.getId());
        return saved;
    }

    private long countOf(String entity, Customer customer) {
        return em.createQuery("select count(r) from " + entity + " r where r.customer = :customer", Long.class)
                .setParameter("customer", customer).getSingleResult();
    }

    @Override
    protected void afterSave(Customer saved, Map<String, String> before) {
        if (before == null || (same(before.get("owner"), saved.getOwner()) && same(before.get("department"), saved.getDepartment()))) {
            return;
        }
        for (String entity : customerRecordEntities()) {
            em.createQuery("update " + entity + " r set r.owner = :owner, r.department = :department where r.customer = :customer")
                    .setParameter("owner", saved.getOwner())
                    .setParameter("department", saved.getDepartment())
                    .setParameter("customer", saved)
                    .executeUpdate();
        }
    }

    @Override
    protected void checkDeletable(Customer customer) {
        long related = customerRecordEntities().stream().mapToLong(entity -> countOf(entity, customer)).sum();
        if (related > 0) {
            throw new BusinessRuleException("customer.hasActivity", null, Long.toString(related));
        }
    }

    /** Every kind of record about one customer (contacts, interactions, service …), as the mapping knows them. */
    private List<String> customerRecordEntities() {
        return em.getMetamodel().getEntities().stream()
                .filter(entity -> com.tianzong.crm.customer.domain.CustomerRecord.class.isAssignableFrom(entity.getJavaType()))
                .map(jakarta.persistence.metamodel.EntityType::getName)
                .sorted()
                .toList();
    }

    /** Whether an audit snapshot's reference ("name #id") names the record. */
    private static boolean same(String snapshot, com.tianzong.crm.platform.persistence.TenantRecord record) {
        return snapshot == null ? record == null : record != null && snapshot.endsWith(" #" + record.getId());
    }
}
