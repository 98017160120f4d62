package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.salesforce.domain.TrainingItem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Sales training items (BAS-03) as the generic list, form and 360 view see them. */
@ApplicationScoped
public class TrainingItemRecordType implements RecordType<TrainingItem> {

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

    @EJB
    TrainingItemService service;

    @Override
    public String name() {
        return "trainingItem";
    }

    @Override
    public String featureId() {
        return "BAS-03";
    }

    @Override
    public String menuGroup() {
        return "BAS";
    }

    @Override
    public Class<TrainingItem> entityClass() {
        return TrainingItem.class;
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
        return List.of("basic", "names");
    }

    @Override
    public RecordService<TrainingItem> service() {
        return service;
    }
}
