package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.query.Page;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.security.PermissionAction;
import java.util.Optional;
import java.util.Set;

/** The use cases every record type offers the generic UI; rules live in the implementation. */
public interface RecordService<T extends TenantRecord> {

    Page<T> findPage(PageRequest request);

    /** How many rows the filtered list has (the request's paging is ignored). */
    long count(PageRequest request);

    Optional<T> find(long id);

    /** Like {@link #find} but throws {@link RecordNotFoundException}. */
    T get(long id);

    T newRecord();

    T save(T record);

    void delete(long id, int expectedVersion);

    /** What the current user may do with this record type (the UI hides everything else). */
    Set<PermissionAction> allowedActions();

    /** Refuses with {@code PermissionDeniedException} (and audits the attempt) unless allowed. */
    void checkPermitted(PermissionAction action);
}
