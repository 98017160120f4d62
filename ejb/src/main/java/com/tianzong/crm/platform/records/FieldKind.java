package com.tianzong.crm.platform.records;

/** How a field is shown, edited, sorted and filtered. */
public enum FieldKind {
    /** Free text; filtered by "contains", case-insensitive. */
    TEXT,
    /** A value from a tenant code list; filtered by equality. */
    CODE,
    /** An amount of money (BigDecimal, 2 decimals); filtered as "at least". */
    MONEY,
    /** Another record (owner, department); filtered by its id, sorted by its label. */
    REFERENCE,
    /** A point in time, read-only (created, updated). */
    TIMESTAMP
}
