package com.tianzong.crm.platform.records;

import java.io.Serializable;
import java.util.List;

/**
 * The lines of a document record (a quote's or an order's products, a shipment's quantities),
 * edited in a table inside the generic form and shown in a tab of the 360 view. The record's
 * entity is a {@link LineDocument}; the columns are fields of the line entity (labels
 * {@code field.<lineType>.<column>}) of the entity {@code lineClass}, the editable ones inputs, the others worked out by the
 * document ({@link LineDocument#recalculate}); {@code totals} are the record's own read-only
 * fields shown under the table and recalculated with it.
 */
public record LineItems(String lineType, Class<?> lineClass, List<RecordField> columns, List<String> totals) implements Serializable {

    public LineItems {
        columns = List.copyOf(columns);
        totals = List.copyOf(totals);
    }

    // bean-style reads for the pages: Jakarta EL 5 does not see record components

    public String getLineType() {
        return lineType;
    }

    public List<RecordField> getColumns() {
        return columns;
    }

    public List<String> getTotals() {
        return totals;
    }
}
