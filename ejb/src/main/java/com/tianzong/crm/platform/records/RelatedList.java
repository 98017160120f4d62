package com.tianzong.crm.platform.records;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Rows that belong to one record and show as a tab of its 360 view (a product's price history,
 * a sales organisation's reps, later a customer's contacts, visits, orders …). Declared by the
 * record type; the rows come from {@link RecordService#related}, which applies the record's
 * permission and data scope. Column labels are the bundle keys {@code field.<rowType>.<column>};
 * the tab's title is {@code related.<recordType>.<name>}.
 * <p>
 * When the rows are records of another registered type, {@code via} names that type's reference
 * field pointing back to this record: the rows are then read through that type's own service,
 * so its permission and data scope apply too, and each row opens its own 360 view.
 */
public record RelatedList(String name, String rowType, String via, String source, List<RecordField> columns) implements Serializable {

    public RelatedList {
        columns = List.copyOf(columns);
    }

    /** Rows of the record type's own making (a price history), read by its service. */
    public RelatedList(String name, String rowType, List<RecordField> columns) {
        this(name, rowType, null, null, columns);
    }

    /** Records of the registered type {@code rowType} whose reference {@code via} points to this record. */
    public static RelatedList records(String name, String rowType, String via, List<RecordField> columns) {
        return new RelatedList(name, rowType, via, null, columns);
    }

    /**
     * Records of the registered type {@code rowType} whose reference {@code via} points to what
     * this record's reference {@code source} points to (a rep file's customers: the customers whose
     * owner is the file's user account).
     */
    public static RelatedList recordsSharing(String name, String rowType, String via, String source, List<RecordField> columns) {
        return new RelatedList(name, rowType, via, java.util.Objects.requireNonNull(source), columns);
    }

    public Optional<String> viaField() {
        return Optional.ofNullable(via);
    }

    /** This record's reference the rows point to as well; empty when they point to this record. */
    public Optional<String> sourceField() {
        return Optional.ofNullable(source);
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

    /** The row type's reference field pointing back to this record, or null. */
    public String getVia() {
        return via;
    }

    /** Whether a new row is added from the tab: the new record then starts pointing to this one. */
    public boolean isAddable() {
        return via != null && source == null;
    }

    /** Whether the rows are records of a registered type, each with a 360 view of its own. */
    public boolean isOfRecords() {
        return via != null;
    }
}
