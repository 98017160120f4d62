package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordAction;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.salesforce.domain.assessment.Questionnaire;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Assessment questionnaires (BAS-05) in the generic pages; their indicators and weights have a page of their own. */
@ApplicationScoped
public class QuestionnaireRecordType extends DeclaredRecordType<Questionnaire> {

    public static final String ITEMS_PAGE = "/app/base/questionnaire-items";

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("code", 40).required().searchable(),
            RecordField.text("name", 100).required().searchable(),
            RecordField.code("periodType", "ASSESSMENT_PERIOD").required(),
            RecordField.flag("active"),
            RecordField.note("description", 500),
            RecordField.text("itemsText", 2000).readOnly().notListed().inGroup("items"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RecordAction> ACTIONS = List.of(new RecordAction("items", ITEMS_PAGE, PermissionAction.VIEW));

    public QuestionnaireRecordType() {
        super("questionnaire", "BAS-05", "BAS", Questionnaire.class, "code", List.of("basic", "items", "record"), FIELDS);
    }

    @EJB
    QuestionnaireService service;

    @Override
    public List<RecordAction> actions() {
        return ACTIONS;
    }

    @Override
    public RecordService<Questionnaire> service() {
        return service;
    }
}
