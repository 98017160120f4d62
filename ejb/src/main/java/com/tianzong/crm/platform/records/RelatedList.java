package com.tianzong.crm.platform.records;

import java.io.Serializable;
import java.util.List;

/**
 * Rows that belong to one record and show as a tab of its 360 view (a product's price history;
 * later a customer's contacts, visits, orders …). Declared by the record type; the rows come from
 * {@link RecordService#related}, which applies the record's permission and data scope. Column
 * labels are the bundle keys {@code field.<rowType>.<column>}; the tab's title is
 * {@code related.<recordType>.<name>}.
 */
public record RelatedList(String name, String rowType, List<RecordField> columns) implements Serializable {

    public RelatedList {
        columns = List.copyOf(columns);
    }

    // bean-style reads for the pages: Jakarta EL 5 does not see record components

    public String getName() {
        return name;
    }

    public String getRowType() {
        return rowType;
    }

    public List<RecordField> getColumns() {
        return columns;
    }
}
