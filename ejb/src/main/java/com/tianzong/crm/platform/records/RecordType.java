package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import java.util.List;
import java.util.Optional;

/**
 * The declaration of one kind of business record: its name (used in URLs and bundle keys), the
 * catalogue feature and menu group it belongs to, its fields and the groups they are shown in,
 * and the service that holds its rules. Registering a type is all the generic list, form,
 * 360 view, export and the isolation tests need.
 */
public interface RecordType<T extends TenantRecord> {

    /** Short lower-case name, e.g. {@code customer}. */
    String name();

    /** The catalogue feature, e.g. {@code CUS-01}. */
    String featureId();

    /** The catalogue group the menu shows it under, e.g. {@code CUS}. */
    String menuGroup();

    Class<T> entityClass();

    List<RecordField> fields();

    /** The field groups in the order the form and the 360 view show them. */
    List<String> groups();

    RecordService<T> service();

    /**
     * The field that names a record uniquely to its users (a customer's code), by which an
     * import updates an existing record instead of adding one; empty if the type has none.
     */
    default Optional<String> naturalKey() {
        return Optional.empty();
    }

    /** The lists of rows belonging to a record, each a tab of its 360 view; none by default. */
    default List<RelatedList> relatedLists() {
        return List.of();
    }

    /**
     * Whether users make its records with the form; not for documents made from others (an
     * invoice from an order) or elsewhere (a sale at the till): their list offers no "new".
     */
    default boolean madeByHand() {
        return true;
    }

    /** Whether its records are approved (an assessment is confirmed …): the permission matrix then offers APPROVE. */
    default boolean approvable() {
        return false;
    }

    /** Pages of its own the 360 view links to; none by default. */
    default List<RecordAction> actions() {
        return List.of();
    }

    /**
     * Pages of its own over many records (the due and overdue visits …), listed in the menu after
     * the type to users with the page's permission; label key {@code action.<recordType>.<name>}.
     */
    default List<RecordAction> listPages() {
        return List.of();
    }

    /** The lines of a document type (a quote's products), edited within its form; none by default. */
    default Optional<LineItems> lineItems() {
        return Optional.empty();
    }

    /** The steps of its records' life beyond editing (post, ship, cancel …); none by default. */
    default List<RecordCommand> commands() {
        return List.of();
    }

    default Optional<RecordCommand> command(String commandName) {
        return commands().stream().filter(command -> command.name().equals(commandName)).findFirst();
    }

    default Optional<RelatedList> relatedList(String listName) {
        return relatedLists().stream().filter(list -> list.name().equals(listName)).findFirst();
    }

    default Optional<RecordField> field(String fieldName) {
        return fields().stream().filter(field -> field.getName().equals(fieldName)).findFirst();
    }

    default List<RecordField> listedFields() {
        return fields().stream().filter(RecordField::isListed).toList();
    }

    default List<RecordField> fieldsOf(String group) {
        return fields().stream().filter(field -> field.getGroup().equals(group)).toList();
    }
}
