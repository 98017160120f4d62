package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

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
        if (customer.getOwner() != null && customer.getDepartment() == null) {
            customer.assignTo(customer.getOwner(), null);
        }
        activity.schedule(customer);
    }

    @Override
    protected void afterSave(Customer saved, Map<String, String> before) {
        if (before == null || (same(before.get("owner"), saved.getOwner()) && same(before.get("department"), saved.getDepartment()))) {
            return;
        }
        for (String entity : List.of("Contact", "Interaction")) {
            em.createQuery("update " + entity + " r set r.owner = :owner, r.department = :department where r.customer = :customer")
                    .setParameter("owner", saved.getOwner())
                    .setParameter("department", saved.getDepartment())
                    .setParameter("customer", saved)
                    .executeUpdate();
        }
    }

    @Override
    protected void checkDeletable(Customer customer) {
        long related = em.createQuery("select count(c) from Contact c where c.customer = :customer", Long.class)
                .setParameter("customer", customer).getSingleResult()
                + em.createQuery("select count(i) from Interaction i where i.customer = :customer", Long.class)
                .setParameter("customer", customer).getSingleResult();
        if (related > 0) {
            throw new BusinessRuleException("customer.hasActivity", null, Long.toString(related));
        }
    }

    /** Whether an audit snapshot's reference ("name #id") names the record. */
    private static boolean same(String snapshot, com.tianzong.crm.platform.persistence.TenantRecord record) {
        return snapshot == null ? record == null : record != null && snapshot.endsWith(" #" + record.getId());
    }
}
