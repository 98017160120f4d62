package com.tianzong.crm.platform.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A module's records in the index, as families (a customer with its contacts): which record
 * types it indexes, which family a changed record belongs to, and the current entries of some
 * families, read from the tenant's schema in the caller's transaction.
 */
public interface SearchSource {

    /** The record type families are named after (customer). */
    String familyType();

    /** The record types whose records are indexed (customer, contact). */
    Set<String> recordTypes();

    /** The family a changed record of a record type belongs to, if the type is indexed here. */
    Optional<Long> familyOf(String recordType, Object record);

    /** The entries of these families as they are now; a family that no longer exists gives none. */
    List<SearchEntry> entries(Collection<Long> families);

    /** Every family of the tenant, for a rebuild. */
    List<Long> allFamilies();

    /** How many entries the tenant's families give, to tell whether the index is complete. */
    long entryCount();
}
