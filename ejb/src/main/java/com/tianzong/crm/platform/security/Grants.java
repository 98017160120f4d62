package com.tianzong.crm.platform.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The actions a user may take, per module, as read at one moment. System work (batch, import,
 * onboarding) may take every action.
 */
public final class Grants implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean everything;
    private final Map<String, Set<PermissionAction>> byModule;

    private Grants(boolean everything, Map<String, Set<PermissionAction>> byModule) {
        this.everything = everything;
        this.byModule = byModule;
    }

    static Grants everything() {
        return new Grants(true, Map.of());
    }

    static Grants of(Map<String, Set<PermissionAction>> byModule) {
        return new Grants(false, Map.copyOf(byModule));
    }

    public Set<PermissionAction> of(String module) {
        if (everything) {
            return EnumSet.allOf(PermissionAction.class);
        }
        Set<PermissionAction> actions = byModule.get(module);
        return actions == null ? EnumSet.noneOf(PermissionAction.class) : EnumSet.copyOf(actions);
    }

    public boolean allows(String module, PermissionAction action) {
        return everything || byModule.getOrDefault(module, Set.of()).contains(action);
    }
}
