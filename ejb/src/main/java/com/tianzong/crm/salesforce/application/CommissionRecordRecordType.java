package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.salesforce.domain.commission.CommissionRecord;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Commission records (提成记录, ORG-08) in the generic list, form (rep, rule, month) and 360 view with "work out again" and "approve". */
@ApplicationScoped
public class CommissionRecordRecordType extends DeclaredRecordType<CommissionRecord> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.reference("rep", "name").required(),
            RecordField.reference("rule", "code").required(),
            RecordField.date("periodStart").required(),
            RecordField.date("periodEnd").readOnly(),
            RecordField.code("basis", "COMMISSION_BASIS").readOnly(),
            RecordField.money("baseAmount").readOnly(),
            RecordField.money("commission").readOnly(),
            RecordField.text("breakdown", 1000).readOnly().notListed(),
            RecordField.code("status", "COMMISSION_STATUS").readOnly(),
            RecordField.text("approvedBy", 60).readOnly().notListed(),
            RecordField.timestamp("approvedAt").notListed(),
            RecordField.note("note", 1000).searchable(),
            RecordField.reference("department", "name").readOnly(),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    public CommissionRecordRecordType() {
        super("commissionRecord", "ORG-08", "ORG", CommissionRecord.class, null, List.of("basic", "record"), FIELDS);
        declareCommands(List.of(
                RecordCommand.of(CommissionRecordService.RECOMPUTE, PermissionAction.EDIT),
                RecordCommand.of(CommissionRecordService.APPROVE, PermissionAction.APPROVE)));
        declareApprovable();
    }

    @EJB
    CommissionRecordService service;

    @Override
    public RecordService<CommissionRecord> service() {
        return service;
    }
}
