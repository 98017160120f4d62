package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.LineItems;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RelatedList;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.domain.SalesOrderLine;
import com.tianzong.crm.sales.domain.SalesOrder;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Sales orders (销售订单, SAL-04) in the generic list, form with lines and 360 view; posting over
 * the credit limit needs APPROVE and a reason.
 */
@ApplicationScoped
public class SalesOrderRecordType extends DeclaredRecordType<SalesOrder> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("number", 20).readOnly().searchable(),
            RecordField.reference("customer", "name").required(),
            RecordField.text("customerRef", 60).searchable(),
            RecordField.date("documentDate").required(),
            RecordField.date("deliveryDate"),
            RecordField.code("status", "ORDER_STATUS").readOnly(),
            RecordField.code("paymentTerms", "PAYMENT_TERMS").notListed(),
            RecordField.flag("pricesIncludeTax").notListed(),
            RecordField.note("note", 1000),
            RecordField.money("netTotal").readOnly().notListed().inGroup("totals"),
            RecordField.money("taxTotal").readOnly().notListed().inGroup("totals"),
            RecordField.money("grossTotal").readOnly().inGroup("totals"),
            RecordField.reference("quote", "number").readOnly().notListed().inGroup("totals"),
            RecordField.timestamp("postedAt").inGroup("totals"),
            RecordField.text("creditOverrideReason", 500).readOnly().notListed().inGroup("totals"),
            RecordField.text("closeReason", 500).readOnly().notListed().inGroup("totals"),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RecordCommand> COMMANDS = List.of(
            RecordCommand.of(SalesOrderService.POST, PermissionAction.EDIT),
            RecordCommand.withReason(SalesOrderService.POST_OVER_CREDIT, PermissionAction.APPROVE),
            RecordCommand.of(SalesOrderService.REOPEN, PermissionAction.EDIT),
            RecordCommand.withReason(SalesOrderService.CANCEL, PermissionAction.EDIT),
            RecordCommand.withReason(SalesOrderService.CLOSE_SHORT, PermissionAction.EDIT),
            RecordCommand.of(SalesOrderService.INVOICE, PermissionAction.CREATE).on("invoice"));

    private static final List<RelatedList> RELATED = List.of(
            RelatedList.records("shipments", "shipment", "salesOrder", List.of(
                    RecordField.text("number", 20), RecordField.date("shipDate"), RecordField.code("status", "SHIPMENT_STATUS"),
                    RecordField.text("carrier", 60), RecordField.text("trackingNo", 60))),
            RelatedList.records("invoices", "invoice", "salesOrder", List.of(
                    RecordField.text("number", 20), RecordField.date("documentDate"), RecordField.money("grossTotal"),
                    RecordField.money("openAmount"), RecordField.code("status", "INVOICE_STATUS"))));

    private static final LineItems LINES = new LineItems("salesOrderLine", SalesOrderLine.class, SalesLines.columns(
            RecordField.decimal("shippedQuantity", 3).readOnly(),
            RecordField.decimal("reservedQuantity", 3).readOnly(),
            RecordField.decimal("invoicedQuantity", 3).readOnly()), SalesLines.TOTALS);

    public SalesOrderRecordType() {
        super("salesOrder", "SAL-04", "SAL", SalesOrder.class, null, List.of("basic", "totals", "record"), FIELDS);
        declareLines(LINES);
        declareCommands(COMMANDS);
        declareRelatedLists(RELATED);
        declareApprovable();
    }

    @EJB
    SalesOrderService service;

    @Override
    public RecordService<SalesOrder> service() {
        return service;
    }
}
