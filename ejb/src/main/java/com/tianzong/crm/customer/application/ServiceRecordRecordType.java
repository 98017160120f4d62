package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.ServiceRecord;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Services performed (客户服务, CUS-05) in the generic list, form and 360 view. */
@ApplicationScoped
public class ServiceRecordRecordType extends DeclaredRecordType<ServiceRecord> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.date("serviceDate").required(),
            RecordField.reference("customer", "name").required(),
            RecordField.code("kind", "SERVICE_KIND").required(),
            RecordField.reference("serviceRequest", "subject"),
            RecordField.reference("technician", "displayName"),
            RecordField.decimal("hours", 1).unit("h"),
            RecordField.money("cost"),
            RecordField.note("content", 2000).required().searchable().listed(),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    public ServiceRecordRecordType() {
        super("serviceRecord", "CUS-05", "CUS", ServiceRecord.class, null, List.of("basic", "record"), FIELDS);
    }

    @EJB
    ServiceRecordService service;

    @Override
    public RecordService<ServiceRecord> service() {
        return service;
    }
}
