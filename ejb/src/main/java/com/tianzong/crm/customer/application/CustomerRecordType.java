package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RecordType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The customer file as the generic list, form and 360 view see it. */
@ApplicationScoped
public class CustomerRecordType implements RecordType<Customer> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("code", 30).required().searchable(),
            RecordField.text("name", 200).required().searchable(),
            RecordField.text("shortName", 60).searchable(),
            RecordField.code("customerType", "CUSTOMER_TYPE").required(),
            RecordField.code("industry", "INDUSTRY"),
            RecordField.code("region", "REGION"),
            RecordField.text("address", 300).notListed(),
            RecordField.text("phone", 40),
            RecordField.text("taxId", 18).notListed(),
            RecordField.money("creditLimit").required().inGroup("credit"),
            RecordField.reference("owner", "displayName").inGroup("credit"),
            RecordField.reference("department", "name").inGroup("credit"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    @EJB
    CustomerService service;

    @Override
    public String name() {
        return "customer";
    }

    @Override
    public String featureId() {
        return "CUS-01";
    }

    @Override
    public String menuGroup() {
        return "CUS";
    }

    @Override
    public Class<Customer> entityClass() {
        return Customer.class;
    }

    @Override
    public List<RecordField> fields() {
        return FIELDS;
    }

    @Override
    public Optional<String> naturalKey() {
        return Optional.of("code");
    }

    @Override
    public List<String> groups() {
        return List.of("basic", "credit", "record");
    }

    @Override
    public RecordService<Customer> service() {
        return service;
    }
}
