package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.LineItems;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.domain.QuoteLine;
import com.tianzong.crm.sales.domain.Quote;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Quotes (报价单, SAL-03) in the generic list, form with lines and 360 view. */
@ApplicationScoped
public class QuoteRecordType extends DeclaredRecordType<Quote> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("number", 20).readOnly().searchable(),
            RecordField.reference("customer", "name").required(),
            RecordField.text("subject", 200).required().searchable(),
            RecordField.date("documentDate").required(),
            RecordField.date("validUntil"),
            RecordField.code("status", "QUOTE_STATUS").readOnly(),
            RecordField.code("paymentTerms", "PAYMENT_TERMS").notListed(),
            RecordField.flag("pricesIncludeTax").notListed(),
            RecordField.note("note", 1000),
            RecordField.money("netTotal").readOnly().notListed().inGroup("totals"),
            RecordField.money("taxTotal").readOnly().notListed().inGroup("totals"),
            RecordField.money("grossTotal").readOnly().inGroup("totals"),
            RecordField.reference("salesOrder", "number").readOnly().notListed().inGroup("totals"),
            RecordField.text("lostReason", 500).readOnly().notListed().inGroup("totals"),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RecordCommand> COMMANDS = List.of(
            RecordCommand.of(QuoteService.SEND, PermissionAction.EDIT),
            RecordCommand.of(QuoteService.TO_ORDER, PermissionAction.EDIT),
            RecordCommand.withReason(QuoteService.LOSE, PermissionAction.EDIT));

    private static final LineItems LINES = new LineItems("quoteLine", QuoteLine.class, SalesLines.columns(), SalesLines.TOTALS);

    public QuoteRecordType() {
        super("quote", "SAL-03", "SAL", Quote.class, null, List.of("basic", "totals", "record"), FIELDS);
        declareLines(LINES);
        declareCommands(COMMANDS);
    }

    @EJB
    QuoteService service;

    @Override
    public RecordService<Quote> service() {
        return service;
    }
}
