package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordAction;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.salesforce.domain.assessment.Assessment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Performance assessments (ORG-07) in the generic list, form and 360 view; the scoring sheet —
 * computed scores, the manager's levels, the total and the confirmation — is a page of its own.
 */
@ApplicationScoped
public class AssessmentRecordType extends DeclaredRecordType<Assessment> {

    public static final String SCORES_PAGE = "/app/org/assessment-scores";

    private static final List<RecordField> FIELDS = List.of(
            RecordField.reference("rep", "name").required(),
            RecordField.reference("questionnaire", "name").required(),
            RecordField.date("periodStart").required(),
            RecordField.date("periodEnd").readOnly(),
            RecordField.code("status", "ASSESSMENT_STATUS").readOnly(),
            RecordField.decimal("totalScore", 2).readOnly(),
            RecordField.text("assessor", 60).readOnly(),
            RecordField.note("comment", 1000).searchable(),
            RecordField.reference("department", "name").readOnly(),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RecordAction> ACTIONS = List.of(new RecordAction("scores", SCORES_PAGE, PermissionAction.VIEW));

    public AssessmentRecordType() {
        super("assessment", "ORG-07", "ORG", Assessment.class, null, List.of("basic", "record"), FIELDS);
        declareApprovable();
    }

    @EJB
    AssessmentService service;

    @Override
    public List<RecordAction> actions() {
        return ACTIONS;
    }

    @Override
    public RecordService<Assessment> service() {
        return service;
    }
}
