package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.salesforce.domain.TrainingRecord;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Sales training records (销售训练, ORG-06) in the generic list, form and 360 view. */
@ApplicationScoped
public class TrainingRecordRecordType extends DeclaredRecordType<TrainingRecord> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.reference("rep", "name").required(),
            RecordField.reference("trainingItem", "nameZhCn").required(),
            RecordField.date("trainingDate").required(),
            RecordField.decimal("hours", 1).unit("h"),
            RecordField.code("result", "TRAINING_RESULT").required(),
            RecordField.decimal("score", 1),
            RecordField.text("trainer", 50),
            RecordField.text("note", 500).searchable().notListed(),
            RecordField.reference("department", "name").readOnly(),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    public TrainingRecordRecordType() {
        super("trainingRecord", "ORG-06", "ORG", TrainingRecord.class, null, List.of("basic", "record"), FIELDS);
    }

    @EJB
    TrainingRecordService service;

    @Override
    public RecordService<TrainingRecord> service() {
        return service;
    }
}
