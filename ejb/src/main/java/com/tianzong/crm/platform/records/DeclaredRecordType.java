package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import java.util.List;
import java.util.Optional;

/**
 * A record type given by its declaration alone: name, catalogue feature, menu group, entity,
 * natural key, field groups and fields. A module's record type extends it, passes its
 * declaration to the constructor and names its service; a document type also declares there its
 * lines, commands, related tabs and list pages, and whether its records are made with the form.
 */
public abstract class DeclaredRecordType<T extends TenantRecord> implements RecordType<T> {

    private final String name;
    private final String featureId;
    private final String menuGroup;
    private final Class<T> entityClass;
    private final Optional<String> naturalKey;
    private final List<String> groups;
    private final List<RecordField> fields;
    private Optional<LineItems> lineItems = Optional.empty();
    private List<RecordCommand> commands = List.of();
    private List<RelatedList> relatedLists = List.of();
    private List<RecordAction> listPages = List.of();
    private boolean madeByHand = true;
    private boolean approvable;

    /** {@code naturalKey} may be null for a type without one. */
    protected DeclaredRecordType(String name, String featureId, String menuGroup, Class<T> entityClass, String naturalKey,
                                 List<String> groups, List<RecordField> fields) {
        this.name = name;
        this.featureId = featureId;
        this.menuGroup = menuGroup;
        this.entityClass = entityClass;
        this.naturalKey = Optional.ofNullable(naturalKey);
        this.groups = List.copyOf(groups);
        this.fields = List.copyOf(fields);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String featureId() {
        return featureId;
    }

    @Override
    public String menuGroup() {
        return menuGroup;
    }

    @Override
    public Class<T> entityClass() {
        return entityClass;
    }

    @Override
    public List<RecordField> fields() {
        return fields;
    }

    @Override
    public Optional<String> naturalKey() {
        return naturalKey;
    }

    @Override
    public List<String> groups() {
        return groups;
    }

    /** Declares the document's lines (a quote's products). */
    protected void declareLines(LineItems lines) {
        this.lineItems = Optional.of(lines);
    }

    /** Declares the commands of its 360 view. */
    protected void declareCommands(List<RecordCommand> declared) {
        this.commands = List.copyOf(declared);
    }

    /** Declares the tabs of related records in its 360 view. */
    protected void declareRelatedLists(List<RelatedList> declared) {
        this.relatedLists = List.copyOf(declared);
    }

    /** Declares pages of its own the menu links to beside its list. */
    protected void declareListPages(List<RecordAction> declared) {
        this.listPages = List.copyOf(declared);
    }

    /** Its records are made from others or elsewhere (an invoice from an order), never with the form. */
    protected void declareMadeElsewhere() {
        this.madeByHand = false;
    }

    /** Its records are approved: the permission matrix offers APPROVE. */
    protected void declareApprovable() {
        this.approvable = true;
    }

    @Override
    public Optional<LineItems> lineItems() {
        return lineItems;
    }

    @Override
    public List<RecordCommand> commands() {
        return commands;
    }

    @Override
    public List<RelatedList> relatedLists() {
        return relatedLists;
    }

    @Override
    public List<RecordAction> listPages() {
        return listPages;
    }

    @Override
    public boolean madeByHand() {
        return madeByHand;
    }

    @Override
    public boolean approvable() {
        return approvable;
    }
}
