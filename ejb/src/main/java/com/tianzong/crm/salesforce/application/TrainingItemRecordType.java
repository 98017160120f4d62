package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.salesforce.domain.TrainingItem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Sales training items (BAS-03) as the generic list, form and 360 view see them. */
@ApplicationScoped
public class TrainingItemRecordType extends DeclaredRecordType<TrainingItem> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("code", 40).required().searchable(),
            RecordField.text("nameZhCn", 100).required().searchable(),
            RecordField.code("category", "TRAINING_CATEGORY").required(),
            RecordField.decimal("hours", 1).required(),
            RecordField.flag("active"),
            RecordField.text("nameZhTw", 100).searchable().notListed().inGroup("names"),
            RecordField.text("nameEn", 150).searchable().notListed().inGroup("names"),
            RecordField.text("description", 500).notListed().inGroup("names"),
            RecordField.integer("sortOrder").notListed().inGroup("names"));

    public TrainingItemRecordType() {
        super("trainingItem", "BAS-03", "BAS", TrainingItem.class, "code",
                List.of("basic", "names"), FIELDS);
    }

    @EJB
    TrainingItemService service;

    @Override
    public RecordService<TrainingItem> service() {
        return service;
    }
}
