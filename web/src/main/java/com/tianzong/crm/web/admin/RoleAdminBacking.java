package com.tianzong.crm.web.admin;

import com.tianzong.crm.platform.administration.AccessModule;
import com.tianzong.crm.platform.administration.AccessModules;
import com.tianzong.crm.platform.administration.RoleAdministration;
import com.tianzong.crm.platform.administration.RoleGrants;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.DataScope;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.security.Role;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The permission matrix of one role (PLT-05): a row per module, a tick per action the module
 * offers, and the data scope of scoped modules. What is ticked here is what the server allows.
 */
@Named("roleAdmin")
@ViewScoped
public class RoleAdminBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RoleAdministration administration;

    @EJB
    transient Permissions permissions;

    @Inject
    transient AccessModules accessModules;

    @Inject
    transient Texts texts;

    private String role;
    private List<Role> roles = List.of();
    private List<AccessModule> modules = List.of();
    private final Map<String, Map<String, Boolean>> cells = new HashMap<>();
    private final Map<String, String> scopes = new HashMap<>();
    private boolean editable;

    public void load() {
        if (!permissions.allowed(AccessModules.ROLES, PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        roles = administration.roles();
        if (role == null || roles.stream().noneMatch(r -> r.getCode().equals(role))) {
            role = roles.get(0).getCode();
        }
        modules = accessModules.all();
        editable = permissions.allowed(AccessModules.ROLES, PermissionAction.EDIT);
        read();
    }

    private void read() {
        RoleGrants grants = administration.grantsOf(role);
        cells.clear();
        scopes.clear();
        for (AccessModule module : modules) {
            Map<String, Boolean> row = new HashMap<>();
            module.actions().forEach(action -> row.put(action.name(), grants.has(module.name(), action)));
            cells.put(module.name(), row);
            if (module.scoped()) {
                scopes.put(module.name(), grants.scope(module.name()).name());
            }
        }
    }

    public void save() {
        RoleGrants grants = new RoleGrants(role);
        for (AccessModule module : modules) {
            module.actions().forEach(action ->
                    grants.set(module.name(), action, Boolean.TRUE.equals(cells.get(module.name()).get(action.name()))));
            if (module.scoped()) {
                grants.scope(module.name(), DataScope.valueOf(scopes.get(module.name())));
            }
        }
        try {
            administration.save(grants);
            texts.info("role.saved", roleLabel(role));
        } catch (BusinessRuleException rule) {
            texts.error(rule.getMessageKey(), rule.getArguments().toArray());
            read();
        } catch (PermissionDeniedException denied) {
            texts.error("record.noPermission");
            read();
        }
    }

    public String roleLabel(String code) {
        return roles.stream().filter(r -> r.getCode().equals(code)).findFirst()
                .map(r -> r.label(FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                .orElse(code);
    }

    public List<PermissionAction> getActions() {
        return List.of(PermissionAction.values());
    }

    public List<DataScope> getDataScopes() {
        return List.of(DataScope.values());
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public List<AccessModule> getModules() {
        return modules;
    }

    public Map<String, Map<String, Boolean>> getCells() {
        return cells;
    }

    public Map<String, String> getScopes() {
        return scopes;
    }

    public boolean isEditable() {
        return editable;
    }
}
