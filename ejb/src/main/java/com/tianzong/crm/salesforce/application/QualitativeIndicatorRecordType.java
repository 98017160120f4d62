package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.LineItems;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.salesforce.domain.assessment.QualitativeIndicator;
import com.tianzong.crm.salesforce.domain.assessment.QualitativeLevel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Qualitative indicators (BAS-04) in the generic list, form and 360 view, their scoring levels edited as the form's lines. */
@ApplicationScoped
public class QualitativeIndicatorRecordType extends DeclaredRecordType<QualitativeIndicator> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("code", 40).required().searchable(),
            RecordField.text("nameZhCn", 100).required().searchable(),
            RecordField.reference("category", "nameZhCn").required(),
            RecordField.decimal("maxScore", 1).required(),
            RecordField.flag("active"),
            RecordField.note("description", 500).required().searchable(),
            RecordField.text("nameZhTw", 100).searchable().notListed().inGroup("names"),
            RecordField.text("nameEn", 150).searchable().notListed().inGroup("names"),
            RecordField.integer("sortOrder").notListed().inGroup("names"));

    private static final LineItems LEVELS = new LineItems("qualitativeLevel", QualitativeLevel.class, List.of(
            RecordField.integer("levelNo").readOnly(),
            RecordField.decimal("score", 1).required(),
            RecordField.text("standard", 500).required()), List.of("maxScore"));

    public QualitativeIndicatorRecordType() {
        super("qualitativeIndicator", "BAS-04", "BAS", QualitativeIndicator.class, "code", List.of("basic", "names"), FIELDS);
        declareLines(LEVELS);
    }

    @EJB
    QualitativeIndicatorService service;

    @Override
    public RecordService<QualitativeIndicator> service() {
        return service;
    }
}
