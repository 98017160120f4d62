package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.ServiceRequest;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RelatedList;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Service requests (客户服务请求, CUS-04) in the generic list, form and 360 view. */
@ApplicationScoped
public class ServiceRequestRecordType extends DeclaredRecordType<ServiceRequest> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.date("requestDate").required(),
            RecordField.reference("customer", "name").required(),
            RecordField.text("subject", 200).required().searchable(),
            RecordField.code("channel", "SERVICE_CHANNEL").required(),
            RecordField.code("priority", "PRIORITY").required(),
            RecordField.code("status", "CASE_STATUS").required(),
            RecordField.date("dueDate"),
            RecordField.reference("assignee", "displayName"),
            RecordField.reference("contact", "name").narrowedBy("customer").notListed(),
            RecordField.note("description", 2000).searchable(),
            RecordField.date("resolvedDate").readOnly().inGroup("resolution"),
            RecordField.note("resolution", 1000).searchable().inGroup("resolution"),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RelatedList> RELATED = List.of(
            RelatedList.records("serviceRecords", "serviceRecord", "serviceRequest", List.of(
                    RecordField.date("serviceDate"), RecordField.code("kind", "SERVICE_KIND"), RecordField.text("content", 2000),
                    RecordField.money("cost"), RecordField.reference("technician", "displayName"))));

    public ServiceRequestRecordType() {
        super("serviceRequest", "CUS-04", "CUS", ServiceRequest.class, null, List.of("basic", "resolution", "record"), FIELDS);
        declareRelatedLists(RELATED);
    }

    @EJB
    ServiceRequestService service;

    @Override
    public RecordService<ServiceRequest> service() {
        return service;
    }
}
