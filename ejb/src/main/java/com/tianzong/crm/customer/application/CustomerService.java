package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The customer file's use cases: list, find, create, edit, delete. */
@Stateless
@TenantAware
public class CustomerService extends AbstractRecordService<Customer> {

    @Inject
    CustomerRecordType type;

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
    }
}
