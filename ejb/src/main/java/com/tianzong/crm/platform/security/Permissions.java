package com.tianzong.crm.platform.security;

import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.platform.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Module × action permissions of the current user, from the roles the tenant administrator
 * granted (read afresh on every check). The UI asks {@link #allowed} to hide what a user may
 * not do; services call {@link #check}, which refuses and audits the attempt. System work
 * (batch, import, onboarding) is not restricted.
 */
@Stateless
@TenantAware
public class Permissions {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    @EJB
    UserAccounts userAccounts;

    @EJB
    AuditTrail auditTrail;

    public boolean allowed(String module, PermissionAction action) {
        Optional<TenantUser> user = currentTenant.currentUser();
        if (user.isEmpty()) {
            return true;
        }
        Set<String> roles = rolesOf(user.get());
        if (roles.isEmpty()) {
            return false;
        }
        return em.createNamedQuery("RolePermission.countGranted", Long.class)
                .setParameter("roles", roles)
                .setParameter("module", module)
                .setParameter("action", action)
                .getSingleResult() > 0;
    }

    /** Every action the current user may take on the module (one query, not one per action). */
    public Set<PermissionAction> allowedActions(String module) {
        return grants().of(module);
    }

    /**
     * Every module's actions the current user may take, read at once: for screens that show or
     * hide many things (the menu), so that a page does not ask the database once per module and
     * action.
     */
    public Grants grants() {
        Optional<TenantUser> user = currentTenant.currentUser();
        if (user.isEmpty()) {
            return Grants.everything();
        }
        Set<String> roles = rolesOf(user.get());
        Map<String, Set<PermissionAction>> grants = new HashMap<>();
        if (!roles.isEmpty()) {
            for (RolePermission granted : em.createNamedQuery("RolePermission.findGranted", RolePermission.class)
                    .setParameter("roles", roles).getResultList()) {
                grants.computeIfAbsent(granted.getModule(), module -> EnumSet.noneOf(PermissionAction.class)).add(granted.getAction());
            }
        }
        return Grants.of(grants);
    }

    private Set<String> rolesOf(TenantUser user) {
        return userAccounts.findByUsername(user.username())
                .filter(UserAccount::isEnabled)
                .map(UserAccount::roles)
                .orElse(Set.of());
    }

    /** Refuses with {@link PermissionDeniedException}, after writing the attempt to the audit trail. */
    public void check(String module, PermissionAction action, Long recordId) {
        if (!allowed(module, action)) {
            auditTrail.recordDenied(module, recordId, action.name());
            throw new PermissionDeniedException(module, action);
        }
    }
}
