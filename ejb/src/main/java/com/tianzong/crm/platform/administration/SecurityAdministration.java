package com.tianzong.crm.platform.administration;

import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.identity.SecurityPolicy;
import com.tianzong.crm.platform.identity.SignedInSession;
import com.tianzong.crm.platform.identity.SignedInSessions;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.records.RecordNotFoundException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.platform.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sign-in security of the company (PLT-09): its password and session policy, who is signed in
 * now, the latest sign-ins, and ending a user's sessions. Policy changes and ended sessions are
 * written to the audit trail.
 */
@Stateless
@TenantAware
public class SecurityAdministration {

    public static final int RECENT_SIGN_INS = 50;

    @EJB
    Permissions permissions;

    @EJB
    UserAccounts userAccounts;

    @EJB
    SignedInSessions sessions;

    @EJB
    AuditTrail auditTrail;

    @Inject
    CurrentTenant currentTenant;

    public SecurityPolicy policy() {
        permissions.check(AccessModules.SECURITY, PermissionAction.VIEW, null);
        return userAccounts.policy();
    }

    public void changePolicy(int minLength, boolean requireLetterAndDigit, boolean requireSymbol, int maxAgeDays,
                             int idleTimeoutMinutes) {
        permissions.check(AccessModules.SECURITY, PermissionAction.EDIT, SecurityPolicy.THE_POLICY);
        SecurityPolicy policy = userAccounts.policy();
        Map<String, String> before = policy.snapshot();
        policy.change(minLength, requireLetterAndDigit, requireSymbol, maxAgeDays, idleTimeoutMinutes);
        auditTrail.recordChange(AccessModules.SECURITY, SecurityPolicy.THE_POLICY, before, policy.snapshot());
    }

    public List<SignedInSession> activeSessions() {
        permissions.check(AccessModules.SECURITY, PermissionAction.VIEW, null);
        return sessions.active(currentTenant.require(), Duration.ofMinutes(userAccounts.policy().getIdleTimeoutMinutes()));
    }

    public List<SignedInSession> recentSignIns() {
        permissions.check(AccessModules.SECURITY, PermissionAction.VIEW, null);
        return sessions.recentSignIns(currentTenant.require(), RECENT_SIGN_INS);
    }

    /** Ends every session of the user, wherever they are signed in; returns how many were open. */
    public int endSessionsOf(String username) {
        UserAccount account = userAccounts.findByUsername(username)
                .orElseThrow(() -> new RecordNotFoundException(UserAccount.class, username));
        permissions.check(AccessModules.SECURITY, PermissionAction.EDIT, account.getId());
        int ended = sessions.endAll(new TenantUser(username, currentTenant.require()), SignedInSession.EndReason.ENDED_BY_ADMIN);
        auditTrail.recordChange(AccessModules.SECURITY, account.getId(),
                Map.of("sessions", Integer.toString(ended)), Map.of("sessions", "0"));
        return ended;
    }

    /** The signed-in user ends all their own sessions, this one included ("log out everywhere"). */
    public int logOutEverywhere() {
        TenantUser me = currentTenant.currentUser().orElseThrow();
        return sessions.endAll(me, SignedInSession.EndReason.ENDED_BY_USER);
    }

    /** The signed-in user's own latest sign-ins. */
    public List<SignedInSession> mySignIns() {
        return sessions.recentSignIns(currentTenant.currentUser().orElseThrow(), 10);
    }
}
