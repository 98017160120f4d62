package com.tianzong.crm.platform.administration;

import com.tianzong.crm.platform.security.PermissionAction;
import java.util.List;

/**
 * Something permissions are granted on: a record type or an administration tool. {@code scoped}
 * modules also carry a data scope per role (分级查看).
 *
 * @param name      the module name used in grants, audit entries and bundle keys ({@code module.<name>})
 * @param menuGroup the catalogue group it is listed under
 * @param actions   the actions that mean something on it, in display order
 * @param scoped    whether its records have an owner and department to scope by
 */
public record AccessModule(String name, String menuGroup, List<PermissionAction> actions, boolean scoped) {

    public AccessModule {
        actions = List.copyOf(actions);
    }

    public boolean offers(PermissionAction action) {
        return actions.contains(action);
    }

    // bean-style reads for the pages: Jakarta EL 5 does not see record components

    public String getName() {
        return name;
    }

    public boolean isScoped() {
        return scoped;
    }
}
