package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.sales.domain.SalesLine;
import java.util.ArrayList;
import java.util.List;

/** The line columns quotes and orders share: product, quantity, price, discount, VAT and the amounts. */
final class SalesLines {

    /** The document fields shown under the lines. */
    static final List<String> TOTALS = List.of("netTotal", "taxTotal", "grossTotal");

    private SalesLines() {
    }

    /** The shared columns, then {@code more} of the line type's own. */
    static List<RecordField> columns(RecordField... more) {
        List<RecordField> columns = new ArrayList<>(List.of(
                RecordField.reference("product", "name").required(),
                RecordField.decimal("quantity", SalesLine.QUANTITY_SCALE).required(),
                RecordField.money("unitPrice").required(),
                RecordField.decimal("discountRate", SalesLine.RATE_SCALE).unit("%"),
                RecordField.decimal("taxRate", SalesLine.RATE_SCALE).unit("%").required(),
                RecordField.money("netAmount").readOnly(),
                RecordField.money("taxAmount").readOnly(),
                RecordField.money("grossAmount").readOnly()));
        columns.addAll(List.of(more));
        return columns;
    }

    /**
     * The columns of lines that keep the prices of the document they come from (an invoice's from
     * its order, a return's from its invoice): the product, {@code before}, the quantity as given,
     * the price, rates and amounts read-only, then {@code after}.
     */
    static List<RecordField> copied(List<RecordField> before, RecordField quantity, RecordField... after) {
        List<RecordField> columns = new ArrayList<>();
        columns.add(RecordField.reference("product", "name").readOnly());
        columns.addAll(before);
        columns.add(quantity);
        columns.addAll(List.of(
                RecordField.money("unitPrice").readOnly(),
                RecordField.decimal("discountRate", SalesLine.RATE_SCALE).unit("%").readOnly(),
                RecordField.decimal("taxRate", SalesLine.RATE_SCALE).unit("%").readOnly(),
                RecordField.money("netAmount").readOnly(),
                RecordField.money("taxAmount").readOnly(),
                RecordField.money("grossAmount").readOnly()));
        columns.addAll(List.of(after));
        return columns;
    }
}
