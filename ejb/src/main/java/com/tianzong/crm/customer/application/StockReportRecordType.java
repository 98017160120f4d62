package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.StockReport;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Customer stock and sell-through reports (客户进销存, CUS-08) in the generic list, form and 360 view. */
@ApplicationScoped
public class StockReportRecordType extends DeclaredRecordType<StockReport> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.reference("customer", "name").required(),
            RecordField.reference("product", "name").required(),
            RecordField.date("periodStart").required(),
            RecordField.decimal("openingQty", StockReport.QUANTITY_SCALE),
            RecordField.decimal("receivedQty", StockReport.QUANTITY_SCALE),
            RecordField.decimal("soldQty", StockReport.QUANTITY_SCALE).required(),
            RecordField.decimal("closingQty", StockReport.QUANTITY_SCALE).required(),
            RecordField.decimal("differenceQty", StockReport.QUANTITY_SCALE).readOnly().notListed(),
            RecordField.text("note", 200).searchable().notListed(),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    public StockReportRecordType() {
        super("stockReport", "CUS-08", "CUS", StockReport.class, null, List.of("basic", "record"), FIELDS);
    }

    @EJB
    StockReportService service;

    @Override
    public RecordService<StockReport> service() {
        return service;
    }
}
