package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.LineItems;
import com.tianzong.crm.platform.records.RecordAction;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.domain.CashSale;
import com.tianzong.crm.sales.domain.CashSaleLine;
import com.tianzong.crm.sales.domain.SalesLine;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Cash sales (现款销售, SAL-08): rung up at the till ({@code /app/sales/pos}), then in the generic list, 360 view and print. */
@ApplicationScoped
public class CashSaleRecordType extends DeclaredRecordType<CashSale> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("number", 20).readOnly().searchable(),
            RecordField.date("documentDate").readOnly(),
            RecordField.reference("customer", "name").readOnly(),
            RecordField.code("paymentMethod", "PAYMENT_METHOD").readOnly(),
            RecordField.code("status", "CASH_SALE_STATUS").readOnly(),
            RecordField.money("netTotal").readOnly().notListed().inGroup("totals"),
            RecordField.money("taxTotal").readOnly().notListed().inGroup("totals"),
            RecordField.money("grossTotal").readOnly().inGroup("totals"),
            RecordField.money("tendered").readOnly().notListed().inGroup("totals"),
            RecordField.money("changeGiven").readOnly().notListed().inGroup("totals"),
            RecordField.timestamp("paidAt").inGroup("totals"),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final LineItems LINES = new LineItems("cashSaleLine", CashSaleLine.class, SalesLines.copied(
            List.of(), RecordField.decimal("quantity", SalesLine.QUANTITY_SCALE).readOnly()), SalesLines.TOTALS);

    /** The till, for whoever may ring up sales. */
    private static final List<RecordAction> LIST_PAGES = List.of(new RecordAction("pos", "/app/sales/pos", PermissionAction.CREATE));

    public CashSaleRecordType() {
        super("cashSale", "SAL-08", "SAL", CashSale.class, null, List.of("basic", "totals", "record"), FIELDS);
        declareLines(LINES);
        declareListPages(LIST_PAGES);
        declareMadeElsewhere();
    }

    @EJB
    CashSaleService service;

    @Override
    public RecordService<CashSale> service() {
        return service;
    }
}
