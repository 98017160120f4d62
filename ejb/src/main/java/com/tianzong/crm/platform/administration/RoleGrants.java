package com.tianzong.crm.platform.administration;

import com.tianzong.crm.platform.security.DataScope;
import com.tianzong.crm.platform.security.PermissionAction;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one role may do: the granted actions per module and, for scoped modules, the data scope.
 * A mutable working copy for the permission matrix; {@link RoleAdministration#save} checks it.
 */
public final class RoleGrants implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String roleCode;
    private final Map<String, Set<PermissionAction>> actions = new TreeMap<>();
    private final Map<String, DataScope> scopes = new TreeMap<>();

    public RoleGrants(String roleCode) {
        this.roleCode = roleCode;
    }

    public String roleCode() {
        return roleCode;
    }

    public boolean has(String module, PermissionAction action) {
        return actions.getOrDefault(module, Set.of()).contains(action);
    }

    public void set(String module, PermissionAction action, boolean granted) {
        Set<PermissionAction> granted0 = actions.computeIfAbsent(module, m -> EnumSet.noneOf(PermissionAction.class));
        if (granted) {
            granted0.add(action);
        } else {
            granted0.remove(action);
        }
    }

    public DataScope scope(String module) {
        return scopes.get(module);
    }

    public void scope(String module, DataScope scope) {
        scopes.put(module, scope);
    }

    Map<String, Set<PermissionAction>> actions() {
        return actions;
    }

    Map<String, DataScope> scopes() {
        return scopes;
    }

    /** As the audit trail shows it: one field per module ("VIEW,EDIT") and per scope ("customer.scope"). */
    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        actions.forEach((module, granted) -> fields.put(module, granted.stream()
                .sorted().map(Enum::name).collect(Collectors.joining(","))));
        scopes.forEach((module, scope) -> fields.put(module + ".scope", scope.name()));
        fields.values().removeIf(String::isEmpty);
        return fields;
    }
}
