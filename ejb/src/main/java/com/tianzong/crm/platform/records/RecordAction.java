package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.security.PermissionAction;
import java.io.Serializable;

/**
 * A page of its own that a record type offers from the 360 view, for work the generic form does
 * not do (a commission rule's bands and what-if preview). The button's label is the bundle key
 * {@code action.<recordType>.<name>}; it shows only to users with the permission; the page gets
 * the record's id as {@code id}.
 */
public record RecordAction(String name, String outcome, PermissionAction permission) implements Serializable {

    // bean-style reads for the pages: Jakarta EL 5 does not see record components

    public String getName() {
        return name;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getPermission() {
        return permission.name();
    }
}
