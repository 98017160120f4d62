package com.tianzong.crm.platform.security;

/** How much of a scoped record type a role sees, from narrowest to widest. */
public enum DataScope {
    /** Records the user owns. */
    OWN,
    /** Records of the user's department. */
    DEPARTMENT,
    /** Records of the user's department and all departments below it. */
    DEPARTMENT_TREE,
    /** Every record of the tenant. */
    ALL;

    public DataScope widest(DataScope other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
