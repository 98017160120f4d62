package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.Interaction;
import com.tianzong.crm.platform.identity.UserAccounts;
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
public class InteractionService extends CustomerRecordService<Interaction> {

    @Inject
    InteractionRecordType type;

    @EJB
    CustomerActivity activity;

    @EJB
    UserAccounts accounts;

    @Override
    protected RecordType<Interaction> type() {
        return type;
    }

    @Override
    public Interaction newRecord() {
        return new Interaction();
    }

    @Override
    protected void checkRules(Interaction interaction) {
        if (interaction.getCustomer() == null) {
            return;
        }
        Customer customer = customerOf(interaction);
        if (!interaction.isNew()) {
            Long stored = em.createQuery("select i.customer.id from Interaction i where i.id = :id", Long.class)
                    .setParameter("id", interaction.getId()).getSingleResult();
            if (!stored.equals(customer.getId())) {
                throw new BusinessRuleException("interaction.customerFixed", "customer");
            }
        }
        requireSameCustomer(interaction.getContact(), customer, "contact");
        requireNotAfterToday(interaction.getInteractionDate(), "interactionDate");
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
