package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RelatedList;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.domain.CreditNote;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Credit notes (红字发票, SAL-06) in the generic list and 360 view; issued by receiving a refund return, never edited. */
@ApplicationScoped
public class CreditNoteRecordType extends DeclaredRecordType<CreditNote> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("number", 20).readOnly().searchable(),
            RecordField.reference("customer", "name").readOnly(),
            RecordField.reference("invoice", "number").readOnly(),
            RecordField.reference("salesReturn", "number").readOnly(),
            RecordField.date("noteDate").readOnly(),
            RecordField.code("status", "CREDIT_NOTE_STATUS").readOnly(),
            RecordField.text("reason", 500).readOnly().searchable(),
            RecordField.money("netTotal").readOnly().notListed().inGroup("totals"),
            RecordField.money("taxTotal").readOnly().notListed().inGroup("totals"),
            RecordField.money("grossTotal").readOnly().inGroup("totals"),
            RecordField.money("appliedAmount").readOnly().inGroup("totals"),
            RecordField.money("unappliedAmount").readOnly().notListed().inGroup("totals"),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    /** What the note paid: the returned invoice, and others from the customer's credit (SAL-07). */
    private static final List<RelatedList> RELATED = List.of(new RelatedList(CreditNoteService.APPLICATIONS, "creditApplication", List.of(
            RecordField.integer("lineNo"), RecordField.reference("invoice", "number"), RecordField.date("appliedOn"),
            RecordField.money("amount"))));

    private static final List<RecordCommand> COMMANDS = List.of(RecordCommand.of(CreditNoteService.APPLY, PermissionAction.APPROVE));

    public CreditNoteRecordType() {
        super("creditNote", "SAL-06", "SAL", CreditNote.class, null, List.of("basic", "totals", "record"), FIELDS);
        declareMadeElsewhere();
        declareRelatedLists(RELATED);
        declareCommands(COMMANDS);
        declareApprovable();
    }

    @EJB
    CreditNoteService service;

    @Override
    public RecordService<CreditNote> service() {
        return service;
    }
}
