package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The customer file as the generic list, form and 360 view see it. */
@ApplicationScoped
public class CustomerRecordType extends DeclaredRecordType<Customer> {

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

    public CustomerRecordType() {
        super("customer", "CUS-01", "CUS", Customer.class, "code",
                List.of("basic", "credit", "record"), FIELDS);
    }

    @EJB
    CustomerService service;

    @Override
    public RecordService<Customer> service() {
        return service;
    }
}
