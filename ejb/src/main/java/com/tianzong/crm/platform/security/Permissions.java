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
        Set<String> roles = userAccounts.findByUsername(user.get().username())
                .filter(UserAccount::isEnabled)
                .map(UserAccount::roles)
                .orElse(Set.of());
        if (roles.isEmpty()) {
            return false;
        }
        return em.createNamedQuery("RolePermission.countGranted", Long.class)
                .setParameter("roles", roles)
                .setParameter("module", module)
                .setParameter("action", action)
                .getSingleResult() > 0;
    }

    /** Every action the current user may take on the module. */
    public Set<PermissionAction> allowedActions(String module) {
        Set<PermissionAction> actions = EnumSet.noneOf(PermissionAction.class);
        for (PermissionAction action : PermissionAction.values()) {
            if (allowed(module, action)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Refuses with {@link PermissionDeniedException}, after writing the attempt to the audit trail. */
    public void check(String module, PermissionAction action, Long recordId) {
        if (!allowed(module, action)) {
            auditTrail.recordDenied(module, recordId, action.name());
            throw new PermissionDeniedException(module, action);
        }
    }
}
