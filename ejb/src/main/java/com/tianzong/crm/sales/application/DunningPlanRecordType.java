package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.LineItems;
import com.tianzong.crm.platform.records.RecordAction;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.domain.DunningPlan;
import com.tianzong.crm.sales.domain.DunningStep;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Dunning plans (催款计划, SAL-09) in the generic list, form (the steps: day, action, collector,
 * done on, outcome) and 360 view; the collection calendar is a page of its own.
 */
@ApplicationScoped
public class DunningPlanRecordType extends DeclaredRecordType<DunningPlan> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.reference("customer", "name").readOnly(),
            RecordField.reference("invoice", "number").readOnly(),
            RecordField.date("dueDate").readOnly().notListed(),
            RecordField.money("amountDue").readOnly(),
            RecordField.money("openAmount").readOnly().notListed(),
            RecordField.date("startDate").readOnly(),
            RecordField.date("nextStepDate").readOnly(),
            RecordField.code("status", "DUNNING_STATUS").readOnly(),
            RecordField.note("note", 1000).searchable(),
            RecordField.date("closedOn").readOnly().notListed().inGroup("closing"),
            RecordField.text("closeReason", 500).readOnly().notListed().inGroup("closing"),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final LineItems STEPS = new LineItems("dunningStep", DunningStep.class, List.of(
            RecordField.date("plannedDate").required(),
            RecordField.code("action", DunningPlanService.ACTION_LIST).required(),
            RecordField.reference("assignee", "displayName").required(),
            RecordField.date("doneOn"),
            RecordField.text("outcome", 500)), List.of("amountDue", "openAmount", "nextStepDate"));

    private static final List<RecordCommand> COMMANDS = List.of(RecordCommand.withReason(DunningPlanService.STOP, PermissionAction.EDIT));

    /** The steps of the open plans day by day (催收日历). */
    private static final List<RecordAction> LIST_PAGES = List.of(
            new RecordAction("calendar", "/app/sales/collection-calendar", PermissionAction.VIEW));

    public DunningPlanRecordType() {
        super("dunningPlan", "SAL-09", "SAL", DunningPlan.class, null, List.of("basic", "closing", "record"), FIELDS);
        declareLines(STEPS);
        declareCommands(COMMANDS);
        declareListPages(LIST_PAGES);
        declareMadeElsewhere();
    }

    @EJB
    DunningPlanService service;

    @Override
    public RecordService<DunningPlan> service() {
        return service;
    }
}
