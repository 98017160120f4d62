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
    TIMESTAMP,
    /** A quantity or rate (BigDecimal with the field's scale, maybe a unit such as %); filtered as "at least". */
    DECIMAL,
    /** A whole number (months, days, counts); filtered by equality. */
    INTEGER,
    /** Yes or no; filtered by equality. */
    FLAG,
    /** A calendar day (LocalDate: hire date, validity); filtered as "on or after". */
    DATE;

    /** The id of the form component that edits a field of this kind (and that its label points at). */
    public String inputId() {
        return switch (this) {
            case TEXT, TIMESTAMP -> "text";
            case CODE -> "code";
            case MONEY -> "money";
            case REFERENCE -> "reference";
            case DECIMAL -> "decimal";
            case INTEGER -> "integer";
            case FLAG -> "flag";
            case DATE -> "date";
        };
    }
}
