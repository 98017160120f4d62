package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Feedback;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Complaints and improvement suggestions (客户投诉 / 改良建议, CUS-07) in the generic list, form and 360 view. */
@ApplicationScoped
public class FeedbackRecordType extends DeclaredRecordType<Feedback> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.date("receivedDate").required(),
            RecordField.reference("customer", "name").required(),
            RecordField.code("kind", "FEEDBACK_KIND").required(),
            RecordField.text("subject", 200).required().searchable(),
            RecordField.note("content", 2000).required().searchable(),
            RecordField.code("priority", "PRIORITY").required(),
            RecordField.code("status", "CASE_STATUS").required(),
            RecordField.reference("handler", "displayName"),
            RecordField.date("resolvedDate").readOnly().inGroup("resolution"),
            RecordField.note("resolution", 1000).searchable().inGroup("resolution"),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    public FeedbackRecordType() {
        super("feedback", "CUS-07", "CUS", Feedback.class, null, List.of("basic", "resolution", "record"), FIELDS);
    }

    @EJB
    FeedbackService service;

    @Override
    public RecordService<Feedback> service() {
        return service;
    }
}
