package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.LineItems;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.domain.SalesPlan;
import com.tianzong.crm.sales.domain.SalesPlanLine;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Sales plans (销售计划, SAL-02) in the generic list, form (the planned amount of each month) and 360 view with plan against actual. */
@ApplicationScoped
public class SalesPlanRecordType extends DeclaredRecordType<SalesPlan> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.integer("planYear").required(),
            RecordField.reference("department", "name"),
            RecordField.reference("rep", "name").narrowedBy("department"),
            RecordField.text("note", 500).searchable(),
            RecordField.money("plannedTotal").readOnly(),
            RecordField.money("actualTotal").readOnly(),
            RecordField.decimal("attainment", 1).unit("%").readOnly(),
            RecordField.timestamp("actualsAt"),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final LineItems MONTHS = new LineItems("salesPlanLine", SalesPlanLine.class, List.of(
            RecordField.integer("month").unit("月").readOnly(),
            RecordField.money("planned").required(),
            RecordField.money("actual").readOnly(),
            RecordField.decimal("attainment", 1).unit("%").readOnly()), List.of("plannedTotal", "actualTotal", "attainment"));

    private static final List<RecordCommand> COMMANDS = List.of(RecordCommand.of(SalesPlanService.REFRESH, PermissionAction.EDIT));

    public SalesPlanRecordType() {
        super("salesPlan", "SAL-02", "SAL", SalesPlan.class, null, List.of("basic", "record"), FIELDS);
        declareLines(MONTHS);
        declareCommands(COMMANDS);
    }

    @EJB
    SalesPlanService service;

    @Override
    public RecordService<SalesPlan> service() {
        return service;
    }
}
