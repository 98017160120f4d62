package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Contact;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.Interaction;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Interactions (CUS-03): recorded only on a customer the user can see, with one of that
 * customer's contacts; they lie with the customer's rep and department, name who made them (the
 * user who records them), are not dated after today, and stay with their customer. Every change refreshes the customer's
 * last interaction, last visit and next visit due.
 */
@Stateless
@TenantAware
public class InteractionService extends AbstractRecordService<Interaction> {

    @Inject
    InteractionRecordType type;

    @EJB
    CustomerService customers;

    @EJB
    CustomerActivity activity;

    @EJB
    UserAccounts accounts;

    @EJB
    CompanyProfiles profiles;

    @Override
    protected RecordType<Interaction> type() {
        return type;
    }

    @Override
    public Interaction newRecord() {
        return new Interaction();
    }

    @Override
    protected boolean ownedByCreatorByDefault() {
        return false;
    }

    @Override
    protected void checkRules(Interaction interaction) {
        if (interaction.getCustomer() == null) {
            return;
        }
        Customer customer = customers.find(interaction.getCustomer().getId())
                .orElseThrow(() -> new BusinessRuleException("record.referenceNotVisible", "customer"));
        if (!interaction.isNew()) {
            Long stored = em.createQuery("select i.customer.id from Interaction i where i.id = :id", Long.class)
                    .setParameter("id", interaction.getId()).getSingleResult();
            if (!stored.equals(customer.getId())) {
                throw new BusinessRuleException("interaction.customerFixed", "customer");
            }
        }
        if (interaction.getContact() != null) {
            Contact contact = em.find(Contact.class, interaction.getContact().getId());
            if (contact == null || !contact.getCustomer().equals(customer)) {
                throw new BusinessRuleException("interaction.contactOfOtherCustomer", "contact");
            }
        }
        if (interaction.getInteractionDate() != null && interaction.getInteractionDate().isAfter(profiles.today())) {
            throw new BusinessRuleException("interaction.inFuture", "interactionDate", profiles.today().toString());
        }
        interaction.assignTo(customer.getOwner(), customer.getDepartment());
        if (interaction.getPerformedBy() == null) {
            interaction.setPerformedBy(accounts.findByUsername(actor()).orElse(customer.getOwner()));
        }
        if (interaction.getPerformedBy() == null) {
            throw new BusinessRuleException("interaction.performerUnknown", "performedBy");
        }
    }

    @Override
    protected void afterSave(Interaction saved, Map<String, String> before) {
        activity.refresh(saved.getCustomer().getId());
    }

    @Override
    protected void afterDelete(Interaction removed) {
        activity.refresh(removed.getCustomer().getId());
    }
}
