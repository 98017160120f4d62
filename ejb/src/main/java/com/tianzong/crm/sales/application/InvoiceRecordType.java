package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.LineItems;
import com.tianzong.crm.platform.records.RecordAction;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RelatedList;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.domain.Invoice;
import com.tianzong.crm.sales.domain.InvoiceLine;
import com.tianzong.crm.sales.domain.SalesLine;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Sales invoices (销售发票, SAL-05) in the generic list, form (quantities of a draft) and 360 view. */
@ApplicationScoped
public class InvoiceRecordType extends DeclaredRecordType<Invoice> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("number", 20).readOnly().searchable(),
            RecordField.reference("customer", "name").readOnly(),
            RecordField.reference("salesOrder", "number").readOnly(),
            RecordField.date("documentDate").required(),
            RecordField.code("paymentTerms", "PAYMENT_TERMS").notListed(),
            RecordField.date("dueDate").readOnly(),
            RecordField.code("status", "INVOICE_STATUS").readOnly(),
            RecordField.flag("pricesIncludeTax").readOnly().notListed(),
            RecordField.note("note", 1000),
            RecordField.money("netTotal").readOnly().notListed().inGroup("totals"),
            RecordField.money("taxTotal").readOnly().notListed().inGroup("totals"),
            RecordField.money("grossTotal").readOnly().inGroup("totals"),
            RecordField.money("paidAmount").readOnly().notListed().inGroup("totals"),
            RecordField.money("creditedAmount").readOnly().notListed().inGroup("totals"),
            RecordField.money("openAmount").readOnly().notListed().inGroup("totals"),
            RecordField.timestamp("issuedAt").inGroup("totals"),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RecordCommand> COMMANDS = List.of(
            RecordCommand.of(InvoiceService.ISSUE, PermissionAction.EDIT),
            RecordCommand.of(InvoiceService.RETURN, PermissionAction.CREATE).on("salesReturn"),
            RecordCommand.of(InvoiceService.DUNNING, PermissionAction.CREATE).on("dunningPlan"));

    /**
     * The receivables aging of the customers the user may see (SAL-09), the sales forecast from
     * their history (SAL-01) and the sales analysis (SAL-10).
     */
    private static final List<RecordAction> LIST_PAGES = List.of(new RecordAction("aging", "/app/sales/aging", PermissionAction.VIEW),
            new RecordAction("forecast", "/app/sales/forecast", PermissionAction.VIEW),
            new RecordAction("analysis", "/app/sales/analysis", PermissionAction.VIEW));

    private static final List<RelatedList> RELATED = List.of(
            RelatedList.records("returns", "salesReturn", "invoice", List.of(
                    RecordField.text("number", 20), RecordField.date("documentDate"), RecordField.code("resolution", "RETURN_RESOLUTION"),
                    RecordField.money("grossTotal"), RecordField.code("status", "RETURN_STATUS"))),
            RelatedList.records("creditNotes", "creditNote", "invoice", List.of(
                    RecordField.text("number", 20), RecordField.date("noteDate"), RecordField.money("grossTotal"),
                    RecordField.money("appliedAmount"))),
            RelatedList.records("dunningPlans", "dunningPlan", "invoice", List.of(
                    RecordField.date("startDate"), RecordField.date("nextStepDate"), RecordField.money("amountDue"),
                    RecordField.code("status", "DUNNING_STATUS"), RecordField.date("closedOn"))));

    private static final LineItems LINES = new LineItems("invoiceLine", InvoiceLine.class, SalesLines.copied(
            List.of(RecordField.decimal("invoiceable", SalesLine.QUANTITY_SCALE).readOnly()),
            RecordField.decimal("quantity", SalesLine.QUANTITY_SCALE).required(),
            RecordField.decimal("returnedQuantity", SalesLine.QUANTITY_SCALE).readOnly()), SalesLines.TOTALS);

    public InvoiceRecordType() {
        super("invoice", "SAL-05", "SAL", Invoice.class, null, List.of("basic", "totals", "record"), FIELDS);
        declareLines(LINES);
        declareCommands(COMMANDS);
        declareRelatedLists(RELATED);
        declareListPages(LIST_PAGES);
        declareMadeElsewhere();
    }

    @EJB
    InvoiceService service;

    @Override
    public RecordService<Invoice> service() {
        return service;
    }
}
