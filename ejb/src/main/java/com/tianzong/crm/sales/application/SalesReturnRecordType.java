package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.LineItems;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.domain.SalesLine;
import com.tianzong.crm.sales.domain.SalesReturn;
import com.tianzong.crm.sales.domain.SalesReturnLine;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Sales returns (销售退货单, SAL-06) in the generic list, form (quantities, reason, refund or replacement) and 360 view. */
@ApplicationScoped
public class SalesReturnRecordType extends DeclaredRecordType<SalesReturn> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("number", 20).readOnly().searchable(),
            RecordField.reference("customer", "name").readOnly(),
            RecordField.reference("invoice", "number").readOnly(),
            RecordField.date("documentDate").required(),
            RecordField.code("resolution", "RETURN_RESOLUTION").required(),
            RecordField.text("reason", 500).required().searchable(),
            RecordField.code("status", "RETURN_STATUS").readOnly(),
            RecordField.flag("pricesIncludeTax").readOnly().notListed(),
            RecordField.note("note", 1000),
            RecordField.money("netTotal").readOnly().notListed().inGroup("totals"),
            RecordField.money("taxTotal").readOnly().notListed().inGroup("totals"),
            RecordField.money("grossTotal").readOnly().inGroup("totals"),
            RecordField.timestamp("postedAt").inGroup("totals"),
            RecordField.reference("replacementOrder", "number").readOnly().notListed().inGroup("totals"),
            RecordField.reference("suggestion", "subject").readOnly().notListed().inGroup("totals"),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RecordCommand> COMMANDS = List.of(
            RecordCommand.of(SalesReturnService.POST, PermissionAction.APPROVE),
            RecordCommand.of(SalesReturnService.CANCEL, PermissionAction.EDIT));

    private static final LineItems LINES = new LineItems("salesReturnLine", SalesReturnLine.class, SalesLines.copied(
            List.of(RecordField.decimal("returnable", SalesLine.QUANTITY_SCALE).readOnly()),
            RecordField.decimal("quantity", SalesLine.QUANTITY_SCALE).required()), SalesLines.TOTALS);

    public SalesReturnRecordType() {
        super("salesReturn", "SAL-06", "SAL", SalesReturn.class, null, List.of("basic", "totals", "record"), FIELDS);
        declareLines(LINES);
        declareCommands(COMMANDS);
        declareMadeElsewhere();
        declareApprovable();
    }

    @EJB
    SalesReturnService service;

    @Override
    public RecordService<SalesReturn> service() {
        return service;
    }
}
