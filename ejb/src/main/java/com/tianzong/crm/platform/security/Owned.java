package com.tianzong.crm.platform.security;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.salesforce.domain.Department;

/**
 * A record that belongs to a rep and a department, and so is subject to data scope. Its JPA
 * attributes are named {@code owner} and {@code department}.
 */
public interface Owned {

    String OWNER = "owner";
    String DEPARTMENT = "department";

    UserAccount getOwner();

    Department getDepartment();

    /** Hands the record to a rep; the department follows the rep's unless given. */
    void assignTo(UserAccount owner, Department department);
}
