package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordAction;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.salesforce.domain.assessment.QuantitativeIndicator;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Quantitative indicators (BAS-04) in the generic list, form and 360 view; the preview of an
 * indicator's value for a rep and period is a page of its own.
 */
@ApplicationScoped
public class QuantitativeIndicatorRecordType extends DeclaredRecordType<QuantitativeIndicator> {

    public static final String PREVIEW_PAGE = "/app/base/indicator-preview";

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("code", 40).required().searchable(),
            RecordField.text("nameZhCn", 100).required().searchable(),
            RecordField.text("expression", 500),
            RecordField.text("unit", 20).required(),
            RecordField.code("direction", "INDICATOR_DIRECTION").required(),
            RecordField.decimal("defaultTarget", 2),
            RecordField.flag("active"),
            RecordField.note("definition", 300).required().inGroup("definition"),
            RecordField.text("nameZhTw", 100).searchable().notListed().inGroup("names"),
            RecordField.text("nameEn", 150).searchable().notListed().inGroup("names"),
            RecordField.integer("sortOrder").notListed().inGroup("names"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RecordAction> ACTIONS = List.of(new RecordAction("preview", PREVIEW_PAGE, PermissionAction.VIEW));

    public QuantitativeIndicatorRecordType() {
        super("quantitativeIndicator", "BAS-04", "BAS", QuantitativeIndicator.class, "code",
                List.of("basic", "definition", "names", "record"), FIELDS);
    }

    @EJB
    QuantitativeIndicatorService service;

    @Override
    public List<RecordAction> actions() {
        return ACTIONS;
    }

    @Override
    public RecordService<QuantitativeIndicator> service() {
        return service;
    }
}
