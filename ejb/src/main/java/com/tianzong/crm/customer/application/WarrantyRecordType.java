package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Warranty;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Warranty records (保修管理, CUS-06) in the generic list, form and 360 view. */
@ApplicationScoped
public class WarrantyRecordType extends DeclaredRecordType<Warranty> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.reference("customer", "name").required(),
            RecordField.reference("product", "name").required(),
            RecordField.text("serialNo", 60).searchable(),
            RecordField.date("startDate").required(),
            RecordField.integer("months"),
            RecordField.date("expiryDate").readOnly(),
            RecordField.text("note", 500).searchable().notListed(),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    public WarrantyRecordType() {
        super("warranty", "CUS-06", "CUS", Warranty.class, null, List.of("basic", "record"), FIELDS);
    }

    @EJB
    WarrantyService service;

    @Override
    public RecordService<Warranty> service() {
        return service;
    }
}
