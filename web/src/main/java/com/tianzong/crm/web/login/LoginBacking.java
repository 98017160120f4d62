package com.tianzong.crm.web.login;

import com.tianzong.crm.platform.identity.SignInThrottle;
import com.tianzong.crm.platform.identity.TenantCredential;
import com.tianzong.crm.platform.identity.TenantIdentityStore;
import com.tianzong.crm.platform.web.FormSignIn;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.UserSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The sign-in page: one message for every kind of failure, so nothing is revealed. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    FormSignIn formSignIn;

    @Inject
    UserSession session;

    @Inject
    Texts texts;

    @EJB
    SignInThrottle throttle;

    @Inject
    TenantIdentityStore identityStore;

    @NotBlank
    @Size(max = 30)
    private String company;

    @NotBlank
    @Size(max = 50)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        if (showLock(context, request)) {
            return;
        }
        boolean signedIn = formSignIn.signIn(new TenantCredential(company, username, password), "/app/index.xhtml",
                session::forgetProfile);
        if (!signedIn && !showLock(context, request)) {
            boolean suspended = identityStore.isSuspendedAccount(new TenantCredential(company, username, password));
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get(suspended ? "login.suspended" : "login.failed"), null));
        }
    }

    /** Shows how long sign-in stays locked for this account or address, if it is. */
    private boolean showLock(FacesContext context, HttpServletRequest request) {
        Optional<Instant> until = throttle.lockedUntil(company, username, request.getRemoteAddr());
        until.ifPresent(instant -> {
            long minutes = Math.max(1, (Duration.between(Instant.now(), instant).toSeconds() + 59) / 60);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("login.locked", minutes), null));
        });
        return until.isPresent();
    }

    public void logout() throws IOException, ServletException {
        formSignIn.signOut("/login.xhtml");
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
