package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Contact;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.search.SearchEntry;
import com.tianzong.crm.platform.search.SearchSource;
import com.tianzong.crm.platform.search.SearchText;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Customers and their contacts in the search index (PLT-11). A customer is found by its code,
 * name, short name, address, tax id, phone, pinyin initials and the names of its contacts; a
 * contact by its name, e-mail, phones, initials and its customer's names. Read with projections,
 * so indexing thousands of customers does not fill the persistence context.
 */
@Stateless
@TenantAware
public class CustomerSearchSource implements SearchSource {

    static final String CUSTOMER = "customer";
    static final String CONTACT = "contact";

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Override
    public String familyType() {
        return CUSTOMER;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(CUSTOMER, CONTACT);
    }

    @Override
    public Optional<Long> familyOf(String recordType, Object record) {
        if (record instanceof Customer customer) {
            return Optional.ofNullable(customer.getId());
        }
        if (record instanceof Contact contact && contact.getCustomer() != null) {
            return Optional.ofNullable(contact.getCustomer().getId());
        }
        return Optional.empty();
    }

    @Override
    public List<SearchEntry> entries(Collection<Long> families) {
        if (families.isEmpty()) {
            return List.of();
        }
        List<Object[]> contacts = em.createQuery(
                        "select p.id, p.name, p.title, p.mobile, p.phone, p.email, c.id, o.id, d.id from Contact p"
                                + " join p.customer c left join p.owner o left join p.department d"
                                + " where c.id in :families order by p.id", Object[].class)
                .setParameter("families", families)
                .getResultList();
        Map<Long, List<Object[]>> contactsOf = new HashMap<>();
        contacts.forEach(row -> contactsOf.computeIfAbsent((Long) row[6], id -> new ArrayList<>()).add(row));
        List<SearchEntry> entries = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select c.id, c.code, c.name, c.shortName, c.address, c.taxId, c.phone, o.id, d.id from Customer c"
                                + " left join c.owner o left join c.department d where c.id in :families", Object[].class)
                .setParameter("families", families)
                .getResultList()) {
            long id = (Long) row[0];
            String code = (String) row[1];
            String name = (String) row[2];
            String shortName = (String) row[3];
            String family = SearchEntry.idOf(CUSTOMER, id);
            List<Object[]> people = contactsOf.getOrDefault(id, List.of());
            entries.add(new SearchEntry(CUSTOMER, id, family, (Long) row[7], (Long) row[8], name, shown(code, (String) row[4]),
                    text(code, name, shortName, row[4], row[5]),
                    text(people.stream().map(person -> person[1]).toArray()),
                    SearchText.digits((String) row[6]),
                    joined(SearchText.initials(name), SearchText.initials(shortName))));
            for (Object[] person : people) {
                String contactName = (String) person[1];
                entries.add(new SearchEntry(CONTACT, (Long) person[0], family, (Long) person[7], (Long) person[8],
                        contactName, shown(name, (String) person[2]),
                        text(contactName, person[5]),
                        text(name, shortName),
                        joined(SearchText.digits((String) person[3]), SearchText.digits((String) person[4])),
                        SearchText.initials(contactName)));
            }
        }
        return entries;
    }

    @Override
    public List<Long> allFamilies() {
        return em.createQuery("select c.id from Customer c order by c.id", Long.class).getResultList();
    }

    @Override
    public long entryCount() {
        return em.createQuery("select count(c) from Customer c", Long.class).getSingleResult()
                + em.createQuery("select count(p) from Contact p", Long.class).getSingleResult();
    }

    /** The texts, normalized, one after the other. */
    private static String text(Object... parts) {
        return SearchText.normalized(Stream.of(parts).filter(Objects::nonNull).map(Object::toString)
                .filter(part -> !part.isBlank()).collect(Collectors.joining(" ")));
    }

    /** What a hit shows under its name: the parts there are, separated by a dot. */
    private static String shown(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining(" · "));
    }

    private static String joined(String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }
}
