package com.tianzong.crm.platform.records;

import java.io.Serializable;
import java.util.Objects;

/**
 * One declared field of a record type. Its label is the bundle key
 * {@code field.<recordType>.<name>}; its JPA attribute has the same name.
 */
public final class RecordField implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final FieldKind kind;
    private String codeList;
    private String referenceLabel;
    private boolean required;
    private int maxLength = 255;
    private boolean listed = true;
    private boolean searchable;
    private boolean editable = true;
    private String group = "basic";
    private int scale;
    private String unit = "";
    private boolean multiline;
    private String narrowedBy;

    private RecordField(String name, FieldKind kind) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
    }

    public static RecordField text(String name, int maxLength) {
        RecordField field = new RecordField(name, FieldKind.TEXT);
        field.maxLength = maxLength;
        return field;
    }

    /** Free text over several lines (duties, requirements, notes): a text area, not a list column. */
    public static RecordField note(String name, int maxLength) {
        RecordField field = text(name, maxLength);
        field.multiline = true;
        field.listed = false;
        return field;
    }

    public static RecordField code(String name, String codeList) {
        RecordField field = new RecordField(name, FieldKind.CODE);
        field.codeList = Objects.requireNonNull(codeList);
        return field;
    }

    public static RecordField money(String name) {
        return new RecordField(name, FieldKind.MONEY);
    }

    /** A quantity or rate with {@code scale} decimals, e.g. a stock quantity (3) or a tax rate (2). */
    public static RecordField decimal(String name, int scale) {
        RecordField field = new RecordField(name, FieldKind.DECIMAL);
        field.scale = scale;
        return field;
    }

    public static RecordField integer(String name) {
        return new RecordField(name, FieldKind.INTEGER);
    }

    /** A calendar day. */
    public static RecordField date(String name) {
        return new RecordField(name, FieldKind.DATE);
    }

    /** A yes/no field. */
    public static RecordField flag(String name) {
        return new RecordField(name, FieldKind.FLAG);
    }

    /** A reference shown by the referenced record's attribute {@code labelAttribute}. */
    public static RecordField reference(String name, String labelAttribute) {
        RecordField field = new RecordField(name, FieldKind.REFERENCE);
        field.referenceLabel = Objects.requireNonNull(labelAttribute);
        return field;
    }

    public static RecordField timestamp(String name) {
        RecordField field = new RecordField(name, FieldKind.TIMESTAMP);
        field.editable = false;
        field.listed = false;
        return field;
    }

    public RecordField required() {
        this.required = true;
        return this;
    }

    public RecordField searchable() {
        this.searchable = true;
        return this;
    }

    public RecordField notListed() {
        this.listed = false;
        return this;
    }

    /** A list column after all, for a text area that is what its records are about (an interaction's content). */
    public RecordField listed() {
        this.listed = true;
        return this;
    }

    /** Shown, listed and sorted, but worked out by the service (a category's path): no input. */
    public RecordField readOnly() {
        this.editable = false;
        return this;
    }

    /** The unit shown after the value, e.g. {@code %}. */
    public RecordField unit(String unitText) {
        this.unit = Objects.requireNonNull(unitText);
        return this;
    }

    /**
     * A reference whose choices are the records that share this record's value of another
     * reference: an interaction's contact is one of its customer's contacts. Nothing can be
     * chosen until that other field has a value.
     */
    public RecordField narrowedBy(String otherReference) {
        this.narrowedBy = Objects.requireNonNull(otherReference);
        return this;
    }

    /** The reference that narrows this one's choices, if any. */
    public java.util.Optional<String> getNarrowedBy() {
        return java.util.Optional.ofNullable(narrowedBy);
    }

    public RecordField inGroup(String groupName) {
        this.group = Objects.requireNonNull(groupName);
        return this;
    }

    public String getName() {
        return name;
    }

    public FieldKind getKind() {
        return kind;
    }

    public String getCodeList() {
        return codeList;
    }

    public String getReferenceLabel() {
        return referenceLabel;
    }

    public boolean isRequired() {
        return required;
    }

    /** Whether a text field is edited in a text area and shown with its line breaks. */
    public boolean isMultiline() {
        return multiline;
    }

    public int getMaxLength() {
        return maxLength;
    }

    public boolean isListed() {
        return listed;
    }

    public boolean isSearchable() {
        return searchable;
    }

    public boolean isEditable() {
        return editable;
    }

    /** Whether an import may set it: every field the form lets the user edit, but not the record's own times. */
    public boolean isImportable() {
        return editable && kind != FieldKind.TIMESTAMP;
    }

    /** Decimals of a DECIMAL field (2 for MONEY, 0 for INTEGER). */
    public int getScale() {
        return switch (kind) {
            case MONEY -> 2;
            case DECIMAL -> scale;
            default -> 0;
        };
    }

    public String getUnit() {
        return unit;
    }

    /** The id of the form component that edits this field. */
    public String getInputId() {
        return multiline ? "note" : kind.inputId();
    }

    public String getGroup() {
        return group;
    }

    /** The attribute path a list sorts by: the field itself, or the referenced record's label. */
    public String sortPath() {
        return kind == FieldKind.REFERENCE ? name + "." + referenceLabel : name;
    }
}
