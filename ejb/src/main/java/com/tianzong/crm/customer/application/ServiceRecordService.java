package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.ServiceRecord;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Services performed (CUS-05): on a customer the user can see, for one of its service requests,
 * not dated after today; done by the user who records it unless another technician is named.
 */
@Stateless
@TenantAware
public class ServiceRecordService extends CustomerRecordService<ServiceRecord> {

    @Inject
    ServiceRecordRecordType type;

    @EJB
    UserAccounts accounts;

    @Override
    protected RecordType<ServiceRecord> type() {
        return type;
    }

    @Override
    public ServiceRecord newRecord() {
        return new ServiceRecord();
    }

    @Override
    protected void checkRules(ServiceRecord service) {
        if (service.getCustomer() == null) {
            return;
        }
        Customer customer = customerOf(service);
        requireSameCustomer(service.getServiceRequest(), customer, "serviceRequest");
        requireNotAfterToday(service.getServiceDate(), "serviceDate");
        if (service.getTechnician() == null) {
            accounts.findByUsername(actor()).ifPresent(service::setTechnician);
        }
    }
}
