package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.RecordAction;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.salesforce.domain.commission.CommissionRuleRecord;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Commission rules (BAS-06) in the generic list, form and 360 view; the bands and the what-if
 * preview have a page of their own ({@code /app/base/commission-tiers.xhtml}).
 */
@ApplicationScoped
public class CommissionRuleRecordType extends DeclaredRecordType<CommissionRuleRecord> {

    public static final String TIERS_PAGE = "/app/base/commission-tiers";

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("code", 40).required().searchable(),
            RecordField.text("nameZhCn", 100).required().searchable(),
            RecordField.code("basis", "COMMISSION_BASIS").required(),
            RecordField.code("ruleType", "COMMISSION_TYPE").required(),
            RecordField.code("tierMode", "COMMISSION_MODE").required().notListed(),
            RecordField.flag("active"),
            RecordField.text("tiersText", 1000).readOnly().notListed().inGroup("tiers"),
            RecordField.reference("productCategory", "path").inGroup("scope"),
            RecordField.code("repGrade", "POSITION_GRADE").notListed().inGroup("scope"),
            RecordField.date("validFrom").inGroup("scope"),
            RecordField.date("validTo").inGroup("scope"),
            RecordField.text("nameZhTw", 100).notListed().inGroup("names"),
            RecordField.text("nameEn", 150).notListed().inGroup("names"),
            RecordField.text("description", 500).notListed().inGroup("names"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RecordAction> ACTIONS = List.of(new RecordAction("tiers", TIERS_PAGE, PermissionAction.VIEW));

    public CommissionRuleRecordType() {
        super("commissionRule", "BAS-06", "BAS", CommissionRuleRecord.class, "code",
                List.of("basic", "tiers", "scope", "names", "record"), FIELDS);
    }

    @EJB
    CommissionRuleService service;

    @Override
    public List<RecordAction> actions() {
        return ACTIONS;
    }

    @Override
    public RecordService<CommissionRuleRecord> service() {
        return service;
    }
}
