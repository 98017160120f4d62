package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordAction;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RelatedList;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.salesforce.domain.SalesPosition;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Positions (职务职能, ORG-03) in the generic list, form and 360 view; the printable job
 * description is a page of its own ({@code /app/org/job-description.xhtml}).
 */
@ApplicationScoped
public class PositionRecordType extends DeclaredRecordType<SalesPosition> {

    public static final String JOB_DESCRIPTION_PAGE = "/app/org/job-description";

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("code", 30).required().searchable(),
            RecordField.text("name", 100).required().searchable(),
            RecordField.code("grade", "POSITION_GRADE").required(),
            RecordField.reference("reportsTo", "name"),
            RecordField.flag("active"),
            RecordField.note("description", 2000).inGroup("duties"),
            RecordField.note("duties", 4000).inGroup("duties"),
            RecordField.note("authority", 2000).inGroup("duties"),
            RecordField.note("requirements", 2000).inGroup("qualification"),
            RecordField.note("competencyModel", 2000).inGroup("qualification"),
            RecordField.note("trainingPlan", 2000).inGroup("development"),
            RecordField.note("assessmentPlan", 2000).inGroup("development"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RelatedList> RELATED = List.of(
            RelatedList.records("holders", "salesRep", "position", List.of(
                    RecordField.text("employeeNo", 30),
                    RecordField.text("name", 50),
                    RecordField.reference("department", "name"),
                    RecordField.code("grade", "POSITION_GRADE"),
                    RecordField.code("status", "REP_STATUS"))),
            RelatedList.records("subordinates", "position", "reportsTo", List.of(
                    RecordField.text("code", 30),
                    RecordField.text("name", 100),
                    RecordField.code("grade", "POSITION_GRADE"))));

    private static final List<RecordAction> ACTIONS = List.of(
            new RecordAction("print", JOB_DESCRIPTION_PAGE, PermissionAction.VIEW));

    public PositionRecordType() {
        super("position", "ORG-03", "ORG", SalesPosition.class, "code",
                List.of("basic", "duties", "qualification", "development", "record"), FIELDS);
        declareRelatedLists(RELATED);
    }

    @EJB
    PositionService service;

    @Override
    public List<RecordAction> actions() {
        return ACTIONS;
    }

    @Override
    public RecordService<SalesPosition> service() {
        return service;
    }
}
