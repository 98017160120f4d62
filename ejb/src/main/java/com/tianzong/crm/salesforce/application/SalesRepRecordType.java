package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.records.RelatedList;
import com.tianzong.crm.salesforce.domain.SalesRep;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Salesperson files (业务员档案, ORG-04) in the generic list, form and 360 view. The 360 view's
 * tabs grow as the modules that hold a rep's targets, orders, expenses … land.
 */
@ApplicationScoped
public class SalesRepRecordType extends DeclaredRecordType<SalesRep> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("employeeNo", 30).required().searchable(),
            RecordField.text("name", 50).required().searchable(),
            RecordField.reference("department", "name").required(),
            RecordField.reference("position", "name"),
            RecordField.code("grade", "POSITION_GRADE"),
            RecordField.code("status", "REP_STATUS").required(),
            RecordField.date("hireDate").required(),
            RecordField.date("leaveDate").notListed(),
            RecordField.reference("owner", "displayName").required().notListed(),
            RecordField.code("gender", "GENDER").notListed().inGroup("personal"),
            RecordField.date("birthDate").notListed().inGroup("personal"),
            RecordField.code("education", "EDUCATION").notListed().inGroup("personal"),
            RecordField.text("mobile", 30).searchable().inGroup("personal"),
            RecordField.text("email", 200).notListed().inGroup("personal"),
            RecordField.text("address", 200).notListed().inGroup("personal"),
            RecordField.text("emergencyContact", 100).notListed().inGroup("personal"),
            RecordField.note("notes", 2000).inGroup("personal"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RelatedList> RELATED = List.of(
            RelatedList.recordsSharing("customers", "customer", "owner", "owner", List.of(
                    RecordField.text("code", 30),
                    RecordField.text("name", 200),
                    RecordField.code("customerType", "CUSTOMER_TYPE"),
                    RecordField.code("region", "REGION"),
                    RecordField.money("creditLimit"))),
            RelatedList.records("trainings", "trainingRecord", "rep", List.of(
                    RecordField.date("trainingDate"),
                    RecordField.reference("trainingItem", "nameZhCn"),
                    RecordField.decimal("hours", 1),
                    RecordField.code("result", "TRAINING_RESULT"),
                    RecordField.decimal("score", 1))),
            RelatedList.records("assessments", "assessment", "rep", List.of(
                    RecordField.date("periodStart"),
                    RecordField.reference("questionnaire", "name"),
                    RecordField.date("periodEnd"),
                    RecordField.code("status", "ASSESSMENT_STATUS"),
                    RecordField.decimal("totalScore", 2))),
            RelatedList.records("quotas", "quota", "rep", List.of(
                    RecordField.code("kind", "QUOTA_KIND"),
                    RecordField.date("periodStart"),
                    RecordField.date("periodEnd"),
                    RecordField.decimal("limitAmount", 2),
                    RecordField.code("expenseCategory", "EXPENSE_CATEGORY"))),
            RelatedList.records("commissions", "commissionRecord", "rep", List.of(
                    RecordField.date("periodStart"),
                    RecordField.reference("rule", "code"),
                    RecordField.money("baseAmount"),
                    RecordField.money("commission"),
                    RecordField.code("status", "COMMISSION_STATUS"))));

    public SalesRepRecordType() {
        super("salesRep", "ORG-04", "ORG", SalesRep.class, "employeeNo",
                List.of("basic", "personal", "record"), FIELDS);
        declareRelatedLists(RELATED);
        declareCommands(List.of(RecordCommand.of(SalesRepService.COMMISSIONS, PermissionAction.CREATE).on("commissionRecord")));
    }

    @EJB
    SalesRepService service;

    @Override
    public RecordService<SalesRep> service() {
        return service;
    }
}
