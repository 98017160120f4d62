package com.tianzong.crm.web.admin;

import com.tianzong.crm.platform.administration.AccessModules;
import com.tianzong.crm.platform.administration.SecurityAdministration;
import com.tianzong.crm.platform.identity.SecurityPolicy;
import com.tianzong.crm.platform.identity.SignedInSession;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Sign-in security of the company (PLT-09): password and session policy, active sessions, latest sign-ins. */
@Named("securityAdmin")
@ViewScoped
public class SecurityAdminBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient SecurityAdministration administration;

    @EJB
    transient Permissions permissions;

    @Inject
    transient Texts texts;

    private int minLength;
    private boolean requireLetterAndDigit;
    private boolean requireSymbol;
    private int maxAgeDays;
    private int idleTimeoutMinutes;
    private boolean editable;
    private transient List<SignedInSession> active;
    private transient List<SignedInSession> recent;

    public void load() {
        if (!permissions.allowed(AccessModules.SECURITY, PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        editable = permissions.allowed(AccessModules.SECURITY, PermissionAction.EDIT);
        read();
    }

    private void read() {
        SecurityPolicy policy = administration.policy();
        minLength = policy.getMinLength();
        requireLetterAndDigit = policy.isRequireLetterAndDigit();
        requireSymbol = policy.isRequireSymbol();
        maxAgeDays = policy.getMaxAgeDays();
        idleTimeoutMinutes = policy.getIdleTimeoutMinutes();
    }

    public void save() {
        try {
            administration.changePolicy(minLength, requireLetterAndDigit, requireSymbol, maxAgeDays, idleTimeoutMinutes);
            texts.info("policy.saved");
        } catch (BusinessRuleException rule) {
            texts.error(rule.getMessageKey(), texts.get("policy.field." + rule.getField()), rule.getArguments().get(0),
                    rule.getArguments().get(1));
            read();
        } catch (PermissionDeniedException denied) {
            texts.error("record.noPermission");
            read();
        }
    }

    public void endSessionsOf(String username) {
        try {
            int ended = administration.endSessionsOf(username);
            texts.info("session.endedFor", username, ended);
            active = null;
            recent = null;
        } catch (PermissionDeniedException denied) {
            texts.error("record.noPermission");
        }
    }

    public List<SignedInSession> getActiveSessions() {
        if (active == null) {
            active = administration.activeSessions();
        }
        return active;
    }

    public List<SignedInSession> getRecentSignIns() {
        if (recent == null) {
            recent = administration.recentSignIns();
        }
        return recent;
    }

    public int getMinLength() {
        return minLength;
    }

    public void setMinLength(int minLength) {
        this.minLength = minLength;
    }

    public boolean isRequireLetterAndDigit() {
        return requireLetterAndDigit;
    }

    public void setRequireLetterAndDigit(boolean requireLetterAndDigit) {
        this.requireLetterAndDigit = requireLetterAndDigit;
    }

    public boolean isRequireSymbol() {
        return requireSymbol;
    }

    public void setRequireSymbol(boolean requireSymbol) {
        this.requireSymbol = requireSymbol;
    }

    public int getMaxAgeDays() {
        return maxAgeDays;
    }

    public void setMaxAgeDays(int maxAgeDays) {
        this.maxAgeDays = maxAgeDays;
    }

    public int getIdleTimeoutMinutes() {
        return idleTimeoutMinutes;
    }

    public void setIdleTimeoutMinutes(int idleTimeoutMinutes) {
        this.idleTimeoutMinutes = idleTimeoutMinutes;
    }

    public boolean isEditable() {
        return editable;
    }
}
