package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Contact;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Contacts (CUS-02): a contact is added only to a customer the user can see, and belongs to that
 * customer's rep and department; a customer has at most one primary contact (naming another one
 * primary takes it from the first); a contact named in interactions is kept.
 */
@Stateless
@TenantAware
public class ContactService extends CustomerRecordService<Contact> {

    @Inject
    ContactRecordType type;

    @Override
    protected RecordType<Contact> type() {
        return type;
    }

    @Override
    public Contact newRecord() {
        return new Contact();
    }

    @Override
    protected void checkRules(Contact contact) {
        if (contact.getCustomer() == null) {
            return;
        }
        Customer customer = customerOf(contact);
        if (contact.isPrimaryContact()) {
            em.createQuery("update Contact c set c.primaryContact = false"
                            + " where c.customer = :customer and c.primaryContact = true and c.id <> :id")
                    .setParameter("customer", customer)
                    .setParameter("id", contact.isNew() ? -1L : contact.getId())
                    .executeUpdate();
        }
    }

    @Override
    protected void checkDeletable(Contact contact) {
        long interactions = em.createQuery("select count(i) from Interaction i where i.contact = :contact", Long.class)
                .setParameter("contact", contact).getSingleResult();
        if (interactions > 0) {
            throw new BusinessRuleException("contact.hasInteractions", null, Long.toString(interactions));
        }
    }
}
