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
        return duplicatesOf(List.of(customer), EnumSet.allOf(Likeness.class), false).get(0);
    }

    /**
     * A new customer, or one whose tax id, name or phone changes, is refused when another has the
     * same tax id or name, and saved with an on-screen warning when another has the same phone.
     */
    private void checkDuplicates(Customer customer) {
        for (Duplicate duplicate : duplicatesOf(List.of(customer), EnumSet.allOf(Likeness.class), true).get(0)) {
            refusal(duplicate).ifPresentOrElse(refused -> {
                throw refused;
            }, () -> notifications.warnOnScreen("customer.duplicate.PHONE", duplicate.arguments()));
        }
    }

    /**
     * The import preview's view of the same rule, for a chunk of rows at once: a tax id or name
     * that is new to the row and already on file is refused; phones only warn on screen, so they
     * are not problems here.
     */
    @Override
    public Map<Integer, BusinessRuleException> importProblems(List<Customer> customers) {
        List<List<Duplicate>> duplicates = duplicatesOf(customers, EnumSet.of(Likeness.TAX_ID, Likeness.NAME), true);
        Map<Integer, BusinessRuleException> problems = new java.util.HashMap<>();
        for (int i = 0; i < customers.size(); i++) {
            int position = i;
            duplicates.get(i).stream().map(this::refusal).flatMap(Optional::stream).findFirst()
                    .ifPresent(refused -> problems.put(position, refused));
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

    /**
     * The one place the duplicate rule looks for files (查重): for each customer, the other files
     * with the same tax id, then the same name key, then the same phone key (at most five of each),
     * across the whole company. With {@code onlyWhatChanged}, a stored customer is compared only in
     * what it changes, so files that were alike before are not held against an unrelated edit.
     * Two queries for any number of customers.
     */
    private List<List<Duplicate>> duplicatesOf(List<Customer> customers, Set<Likeness> likenesses, boolean onlyWhatChanged) {
        Map<Likeness, Set<String>> wanted = new EnumMap<>(Likeness.class);
        Set<Long> stored = new java.util.HashSet<>(Set.of(-1L));
        for (Likeness likeness : Likeness.values()) {
            wanted.put(likeness, new java.util.HashSet<>(Set.of(NO_VALUE)));
        }
        for (Customer customer : customers) {
            for (Likeness likeness : likenesses) {
                Optional.ofNullable(keyOf(likeness, customer)).ifPresent(wanted.get(likeness)::add);
            }
            Optional.ofNullable(customer.getId()).ifPresent(stored::add);
        }
        Map<Long, Object[]> before = new java.util.HashMap<>();
        if (onlyWhatChanged) {
            em.createQuery("select c.id, c.taxId, c.nameKey, c.phoneKey from Customer c where c.id in :ids", Object[].class)
                    .setParameter("ids", stored).getResultList()
                    .forEach(row -> before.put((Long) row[0], row));
        }
        // both queries keep the keys in the columns 1 to 3, in the order of Likeness
        List<Object[]> onFile = em.createQuery("select c.id, c.taxId, c.nameKey, c.phoneKey, c.code, c.name, o.displayName"
                        + " from Customer c left join c.owner o"
                        + " where c.taxId in :taxIds or c.nameKey in :names or c.phoneKey in :phones order by c.code", Object[].class)
                .setParameter("taxIds", wanted.get(Likeness.TAX_ID))
                .setParameter("names", wanted.get(Likeness.NAME))
                .setParameter("phones", wanted.get(Likeness.PHONE))
                .getResultList();
        List<List<Duplicate>> found = new ArrayList<>();
        for (Customer customer : customers) {
            long self = customer.isNew() ? -1L : customer.getId();
            Object[] was = customer.isNew() ? null : before.get(customer.getId());
            List<Duplicate> alike = new ArrayList<>();
            for (Likeness likeness : likenesses) {
                String key = keyOf(likeness, customer);
                int column = likeness.ordinal() + 1;
                if (key == null || (was != null && key.equals(was[column]))) {
                    continue;
                }
                onFile.stream().filter(row -> (Long) row[0] != self && key.equals(row[column])).limit(5)
                        .forEach(row -> alike.add(new Duplicate(likeness, (String) row[4], (String) row[5], (String) row[6])));
            }
            found.add(alike);
        }
        return found;
    }

    private static String keyOf(Likeness likeness, Customer customer) {
        return switch (likeness) {
            case TAX_ID -> customer.getTaxId();
            case NAME -> customer.getNameKey();
            case PHONE -> customer.getPhoneKey();
        };
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
