package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.ServiceRequest;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Service requests (CUS-04): on a customer the user can see, with one of its contacts; not dated
 * after today; due no earlier than requested; settled (resolved or closed) only with a resolution,
 * on the day it is settled unless given.
 */
@Stateless
@TenantAware
public class ServiceRequestService extends CustomerRecordService<ServiceRequest> {

    @Inject
    ServiceRequestRecordType type;

    @Override
    protected RecordType<ServiceRequest> type() {
        return type;
    }

    @Override
    public ServiceRequest newRecord() {
        return new ServiceRequest();
    }

    @Override
    protected void checkRules(ServiceRequest request) {
        if (request.getCustomer() == null) {
            return;
        }
        Customer customer = customerOf(request);
        requireSameCustomer(request.getContact(), customer, "contact");
        requireNotAfterToday(request.getRequestDate(), "requestDate");
        if (request.getDueDate() != null && request.getRequestDate() != null && request.getDueDate().isBefore(request.getRequestDate())) {
            throw new BusinessRuleException("serviceRequest.dueBeforeRequest", "dueDate");
        }
        settle(request);
    }
}
