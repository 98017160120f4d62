package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.LineItems;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.domain.Receipt;
import com.tianzong.crm.sales.domain.ReceiptAllocation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Receipts (收款单, SAL-07) in the generic list, form and 360 view; the lines say which invoices
 * a receipt pays (none: the oldest first).
 */
@ApplicationScoped
public class ReceiptRecordType extends DeclaredRecordType<Receipt> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("number", 20).readOnly().searchable(),
            RecordField.reference("customer", "name").required(),
            RecordField.date("receiptDate").required(),
            RecordField.code("method", "PAYMENT_METHOD").required(),
            RecordField.money("amount").required(),
            RecordField.money("appliedAmount").readOnly(),
            RecordField.money("unappliedAmount").readOnly().notListed(),
            RecordField.code("status", "RECEIPT_STATUS").readOnly(),
            RecordField.text("note", 500).searchable(),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RecordCommand> COMMANDS = List.of(
            RecordCommand.of(ReceiptService.POST, PermissionAction.EDIT),
            RecordCommand.of(ReceiptService.APPLY_ADVANCE, PermissionAction.EDIT));

    private static final LineItems LINES = new LineItems("receiptAllocation", ReceiptAllocation.class, List.of(
            RecordField.reference("invoice", "number").required(),
            RecordField.money("invoiceOpen").readOnly(),
            RecordField.money("amount").required()), List.of());

    public ReceiptRecordType() {
        super("receipt", "SAL-07", "SAL", Receipt.class, null, List.of("basic", "record"), FIELDS);
        declareLines(LINES);
        declareCommands(COMMANDS);
    }

    @EJB
    ReceiptService service;

    @Override
    public RecordService<Receipt> service() {
        return service;
    }
}
