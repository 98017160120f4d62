package com.tianzong.crm.platform.records;

import com.tianzong.crm.platform.security.PermissionAction;
import java.io.Serializable;

/**
 * A step in a record's life that is more than editing its fields (post an order, ship a
 * shipment, turn a quote into an order, cancel): a button of the 360 view, shown while the
 * record's state allows it ({@link RecordService#availableCommands}) to users with the
 * permission, carried out by {@link RecordService#perform} and audited. Label
 * {@code command.<recordType>.<name>}; with {@code reasonRequired} the user gives a reason
 * first, which is kept with the record and in its history.
 */
public record RecordCommand(String name, PermissionAction permission, boolean reasonRequired, String module) implements Serializable {

    public static RecordCommand of(String name, PermissionAction permission) {
        return new RecordCommand(name, permission, false, null);
    }

    public static RecordCommand withReason(String name, PermissionAction permission) {
        return new RecordCommand(name, permission, true, null);
    }

    /**
     * The same command, needing the permission on another module: invoicing an order makes an
     * invoice, so it needs CREATE on invoices, not a right on orders.
     */
    public RecordCommand on(String otherModule) {
        return new RecordCommand(name, permission, reasonRequired, java.util.Objects.requireNonNull(otherModule));
    }

    /** The module whose permission the command needs: another's, or the record type's own (given). */
    public String moduleOr(String ownType) {
        return module == null ? ownType : module;
    }

    // bean-style reads for the pages: Jakarta EL 5 does not see record components

    public String getName() {
        return name;
    }

    public String getPermission() {
        return permission.name();
    }

    public boolean isReasonRequired() {
        return reasonRequired;
    }
}
