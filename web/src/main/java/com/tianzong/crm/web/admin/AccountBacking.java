package com.tianzong.crm.web.admin;

import com.tianzong.crm.platform.administration.SecurityAdministration;
import com.tianzong.crm.platform.identity.PasswordRules;
import com.tianzong.crm.platform.identity.SignedInSession;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.web.FormSignIn;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.SessionGuard;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The user's own account: change password (forced when it has expired), log out everywhere, latest sign-ins. */
@Named("account")
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient UserAccounts userAccounts;

    @EJB
    transient SecurityAdministration security;

    @Inject
    transient FormSignIn formSignIn;

    @Inject
    transient Texts texts;

    private String current;
    private String next;
    private String repeat;
    private transient List<SignedInSession> signIns;

    public void changePassword() {
        if (next == null || !next.equals(repeat)) {
            texts.error("password.repeatDiffers");
            return;
        }
        try {
            userAccounts.changeMyPassword(current.toCharArray(), next.toCharArray());
            SessionGuard.passwordChanged(request().getSession(false));
            texts.info("password.changed");
        } catch (BusinessRuleException rule) {
            texts.error(rule.getMessageKey(), rule.getArguments().toArray());
        } finally {
            current = null;
            next = null;
            repeat = null;
        }
    }

    /** Ends every session of the user, this one included, and goes to the sign-in page. */
    public void logOutEverywhere() throws IOException, ServletException {
        security.logOutEverywhere();
        formSignIn.signOut("/login.xhtml?ended=true");
    }

    public boolean isPasswordExpired() {
        return userAccounts.myPasswordExpired();
    }

    public PasswordRules getRules() {
        return userAccounts.policy().passwordRules();
    }

    public List<SignedInSession> getSignIns() {
        if (signIns == null) {
            signIns = security.mySignIns();
        }
        return signIns;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
