package com.tianzong.crm.platform.administration;

import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordNotFoundException;
import com.tianzong.crm.platform.security.DataScope;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.security.Role;
import com.tianzong.crm.platform.security.RolePermission;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grants actions and data scopes to roles (PLT-05). Changes apply to the next request of every
 * holder of the role (permissions and scopes are read afresh on each check) and are written to
 * the audit trail as changes of the role.
 */
@Stateless
@TenantAware
public class RoleAdministration {

    public static final String AUDIT_TYPE = AccessModules.ROLES;

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    Permissions permissions;

    @EJB
    AuditTrail auditTrail;

    @Inject
    AccessModules modules;

    public List<Role> roles() {
        permissions.check(AccessModules.ROLES, PermissionAction.VIEW, null);
        return em.createNamedQuery("Role.findAll", Role.class).getResultList();
    }

    public RoleGrants grantsOf(String roleCode) {
        permissions.check(AccessModules.ROLES, PermissionAction.VIEW, null);
        return read(find(roleCode));
    }

    public void save(RoleGrants changed) {
        Role role = find(changed.roleCode());
        permissions.check(AccessModules.ROLES, PermissionAction.EDIT, role.getId());
        validate(changed);
        if (Role.TENANT_ADMIN.equals(role.getCode())
                && !(changed.has(AccessModules.ROLES, PermissionAction.VIEW) && changed.has(AccessModules.ROLES, PermissionAction.EDIT))) {
            throw new BusinessRuleException("role.adminKeepsRoles", null);
        }
        RoleGrants before = read(role);
        List<RolePermission> existing = em.createNamedQuery("RolePermission.findByRole", RolePermission.class)
                .setParameter("role", role).getResultList();
        for (RolePermission permission : existing) {
            if (!changed.has(permission.getModule(), permission.getAction())) {
                em.remove(permission);
            }
        }
        changed.actions().forEach((module, actions) -> actions.stream()
                .filter(action -> !before.has(module, action))
                .forEach(action -> em.persist(new RolePermission(role, module, action))));
        changed.scopes().forEach((module, scope) -> {
            if (role.scopeFor(module) != scope) {
                role.changeScope(module, scope);
            }
        });
        em.flush();
        auditTrail.recordChange(AUDIT_TYPE, role.getId(), before.snapshot(), read(role).snapshot());
    }

    private void validate(RoleGrants grants) {
        for (Map.Entry<String, Set<PermissionAction>> entry : grants.actions().entrySet()) {
            AccessModule module = modules.find(entry.getKey())
                    .orElseThrow(() -> new BusinessRuleException("role.unknownModule", null, entry.getKey()));
            entry.getValue().stream().filter(action -> !module.offers(action)).findFirst().ifPresent(action -> {
                throw new BusinessRuleException("role.unknownAction", null, entry.getKey(), action.name());
            });
        }
        for (Map.Entry<String, DataScope> entry : grants.scopes().entrySet()) {
            if (entry.getValue() == null || modules.find(entry.getKey()).filter(AccessModule::scoped).isEmpty()) {
                throw new BusinessRuleException("role.unknownModule", null, entry.getKey());
            }
        }
    }

    private RoleGrants read(Role role) {
        RoleGrants grants = new RoleGrants(role.getCode());
        em.createNamedQuery("RolePermission.findByRole", RolePermission.class)
                .setParameter("role", role)
                .getResultStream()
                .forEach(permission -> grants.set(permission.getModule(), permission.getAction(), true));
        modules.all().stream().filter(AccessModule::scoped)
                .forEach(module -> grants.scope(module.name(), role.scopeFor(module.name())));
        return grants;
    }

    private Role find(String roleCode) {
        return em.createNamedQuery("Role.findByCodes", Role.class)
                .setParameter("codes", Set.of(roleCode == null ? "" : roleCode))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException(Role.class, roleCode));
    }
}
