package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.query.Page;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.security.PermissionAction;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The use cases every record type offers the generic UI; rules live in the implementation. */
public interface RecordService<T extends TenantRecord> {

    /**
     * The business rules that records about to be imported break and that their declared
     * constraints do not show (a customer already on file), by position in the list; found for a
     * chunk of rows at once and without writing anything, for the import preview.
     */
    Map<Integer, BusinessRuleException> importProblems(List<T> records);

    /**
     * Values that must not repeat within one imported file, by the field they come from (a
     * customer's tax id and its normalised name); none by default.
     */
    Map<String, String> importUniqueValues(T record);

    Page<T> findPage(PageRequest request);

    /** How many rows the filtered list has (the request's paging is ignored). */
    long count(PageRequest request);

    Optional<T> find(long id);

    /** Like {@link #find} but throws {@link RecordNotFoundException}. */
    T get(long id);

    T newRecord();

    /**
     * The records whose natural key (see {@link RecordType#naturalKey}) is one of {@code keys},
     * by key: within the caller's data scope, and not managed (changing them changes nothing
     * until they are saved).
     */
    Map<String, T> findByKeys(Collection<String> keys);

    /** Those of {@code keys} that some record of the tenant has, whether or not the caller may see it. */
    Set<String> existingKeys(Collection<String> keys);

    T save(T record);

    /**
     * The rows of one of the type's {@link RecordType#relatedLists related lists} for a record the
     * caller may see (else {@link RecordNotFoundException}), newest first.
     */
    List<?> related(long id, String listName);

    void delete(long id, int expectedVersion);

    /**
     * The {@link RecordType#commands commands} the current user may give on the record in its
     * present state, in declaration order.
     */
    List<RecordCommand> availableCommands(T record);

    /**
     * Carries out a command on a record the caller may see, refused ({@link ConcurrentChangeException})
     * if the record changed since {@code expectedVersion} was read, or ({@link BusinessRuleException})
     * if its state or the business rules do not allow it; audited with the reason, if one is given.
     */
    CommandOutcome perform(long id, int expectedVersion, String command, String reason);

    /** What the current user may do with this record type (the UI hides everything else). */
    Set<PermissionAction> allowedActions();

    /** Refuses with {@code PermissionDeniedException} (and audits the attempt) unless allowed. */
    void checkPermitted(PermissionAction action);
}
