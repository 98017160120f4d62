package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.CustomerRecord;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import jakarta.ejb.EJB;
import java.time.LocalDate;

/**
 * The service of a record about one customer: it is written only on a customer the user can see,
 * and lies with that customer's rep and department, whoever records it.
 */
public abstract class CustomerRecordService<T extends CustomerRecord> extends AbstractRecordService<T> {

    @EJB
    CustomerService customers;

    @EJB
    CompanyProfiles profiles;

    @Override
    protected boolean ownedByCreatorByDefault() {
        return false;
    }

    /** The record's customer, read within the user's scope; the record goes to its rep and department. */
    protected Customer customerOf(T record) {
        Customer customer = customers.find(record.getCustomer().getId())
                .orElseThrow(() -> new BusinessRuleException("record.referenceNotVisible", "customer"));
        record.assignTo(customer.getOwner(), customer.getDepartment());
        return customer;
    }

    /** Refuses a day after today (by the company's clock) for what has already happened. */
    protected void requireNotAfterToday(LocalDate day, String field) {
        LocalDate today = profiles.today();
        if (day != null && day.isAfter(today)) {
            throw new BusinessRuleException("record.dateInFuture", field, today.toString());
        }
    }

    /** A case's settlement in line with its status: resolved or closed only with a resolution. */
    protected void settle(com.tianzong.crm.customer.domain.CustomerCase customerCase) {
        if (!customerCase.settle(profiles.today())) {
            throw new BusinessRuleException("case.resolutionRequired", "resolution");
        }
    }

    /** Refuses a linked record (a contact, a service request) of another customer. */
    protected void requireSameCustomer(CustomerRecord linked, Customer customer, String field) {
        if (linked == null) {
            return;
        }
        CustomerRecord stored = em.find(linked.getClass(), linked.getId());
        if (stored == null || !stored.getCustomer().equals(customer)) {
            throw new BusinessRuleException("record.otherCustomers", field);
        }
    }
}
