package com.tianzong.crm.it;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.security.Owned;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * One sample-record factory per scoped record type, for the data-scope matrix. A new scoped
 * record type joins the matrix with one line here: its name and how to make a valid record.
 */
final class ScopedSamples {

    static final Map<String, Function<String, ? extends TenantRecord>> FACTORIES = Map.of(
            "customer", ScopedSamples::customer);

    private ScopedSamples() {
    }

    static Owned create(String recordType, String label) {
        return (Owned) FACTORIES.get(recordType).apply(label);
    }

    private static Customer customer(String label) {
        Customer customer = new Customer();
        customer.setCode(label);
        customer.setName("范围测试客户 " + label);
        customer.setCustomerType("ENTERPRISE");
        customer.setCreditLimit(new BigDecimal("10000.00"));
        return customer;
    }
}
