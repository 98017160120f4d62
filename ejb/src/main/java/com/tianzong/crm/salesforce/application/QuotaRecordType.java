package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.salesforce.domain.quota.Quota;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Quotas (定额: BAS-02 expense quotas, ORG-02 per organisation, ORG-05 per rep) in the generic
 * list, form and 360 view.
 */
@ApplicationScoped
public class QuotaRecordType extends DeclaredRecordType<Quota> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.code("kind", "QUOTA_KIND").required(),
            RecordField.reference("department", "name"),
            RecordField.reference("rep", "name"),
            RecordField.date("periodStart").required(),
            RecordField.date("periodEnd").required(),
            RecordField.decimal("limitAmount", 2).required(),
            RecordField.code("grade", "POSITION_GRADE").inGroup("scope"),
            RecordField.code("expenseCategory", "EXPENSE_CATEGORY").inGroup("scope"),
            RecordField.reference("productCategory", "path").inGroup("scope"),
            RecordField.text("note", 500).searchable().inGroup("scope"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    public QuotaRecordType() {
        super("quota", "ORG-05", "ORG", Quota.class, null, List.of("basic", "scope", "record"), FIELDS);
    }

    @EJB
    QuotaService service;

    @Override
    public RecordService<Quota> service() {
        return service;
    }
}
