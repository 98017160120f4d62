package com.tianzong.crm.platform.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The data scope of one user for one record type, resolved to ids: everything, the records the
 * user owns, or the records of a set of departments.
 */
public record ScopeRule(DataScope scope, Long ownerId, Set<Long> departmentIds) implements Serializable {

    public static ScopeRule all() {
        return new ScopeRule(DataScope.ALL, null, Set.of());
    }

    public static ScopeRule own(long userId) {
        return new ScopeRule(DataScope.OWN, userId, Set.of());
    }

    public static ScopeRule departments(DataScope scope, Set<Long> departmentIds) {
        return new ScopeRule(scope, null, Set.copyOf(departmentIds));
    }

    /** A user that cannot be resolved sees nothing. */
    public static ScopeRule nothing() {
        return new ScopeRule(DataScope.OWN, -1L, Set.of());
    }

    public boolean isUnrestricted() {
        return scope == DataScope.ALL;
    }

    public boolean byOwner() {
        return ownerId != null;
    }
}
