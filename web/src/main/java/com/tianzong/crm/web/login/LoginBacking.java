package com.tianzong.crm.web.login;

import com.tianzong.crm.platform.identity.SignInThrottle;
import com.tianzong.crm.platform.identity.TenantCredential;
import com.tianzong.crm.platform.identity.TenantIdentityStore;
import com.tianzong.crm.platform.web.FormSignIn;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.UserSession;
import com.tianzong.crm.platform.identity.SecurityPolicy;
import com.tianzong.crm.platform.identity.SignedInSession;
import com.tianzong.crm.platform.identity.SignedInSessions;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.platform.web.ClientAddress;
import com.tianzong.crm.web.shell.SessionGuard;
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

    @EJB
    SignedInSessions signedInSessions;

    @EJB
    UserAccounts userAccounts;

    @NotBlank
    @Size(max = 30)
    private String company;

    @NotBlank
    @Size(max = 50)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    /** After an invitation the sign-in page comes with the company and user name filled in. */
    @jakarta.annotation.PostConstruct
    void prefill() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && !context.isPostback()) {
            var parameters = context.getExternalContext().getRequestParameterMap();
            company = shortOrNull(parameters.get("company"), 30);
            username = shortOrNull(parameters.get("username"), 50);
        }
    }

    private static String shortOrNull(String value, int max) {
        return value == null || value.length() > max ? null : value;
    }

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        if (showLock(context, request)) {
            return;
        }
        boolean signedIn = formSignIn.signIn(new TenantCredential(company, username, password), "/app/index.xhtml",
                () -> startSession(request));
        if (!signedIn && !showLock(context, request)) {
            boolean suspended = identityStore.isSuspendedAccount(new TenantCredential(company, username, password));
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get(suspended ? "login.suspended" : "login.failed"), null));
        }
    }

    /** Records the new session (PLT-09) and applies the company's idle timeout and password age. */
    private void startSession(HttpServletRequest request) {
        session.forgetProfile();
        TenantUser user = TenantUser.fromPrincipalName(request.getUserPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("Signed in, but not as a tenant user"));
        // the caller is known to the EJB container from the next request on: name the user here
        SecurityPolicy policy = TenantContext.callAsUser(user, userAccounts::policy);
        boolean expired = TenantContext.callAsUser(user, userAccounts::myPasswordExpired);
        String record = signedInSessions.open(user, ClientAddress.of(request), request.getHeader("User-Agent"));
        SessionGuard.attach(request.getSession(), record, policy.getIdleTimeoutMinutes(), expired);
    }

    /** Shows how long sign-in stays locked for this account or address, if it is. */
    private boolean showLock(FacesContext context, HttpServletRequest request) {
        Optional<Instant> until = throttle.lockedUntil(company, username, ClientAddress.countable(request));
        until.ifPresent(instant -> {
            long minutes = Math.max(1, (Duration.between(Instant.now(), instant).toSeconds() + 59) / 60);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("login.locked", minutes), null));
        });
        return until.isPresent();
    }

    public void logout() throws IOException, ServletException {
        end(SignedInSession.EndReason.SIGNED_OUT, "/login.xhtml");
    }

    /** The page saw no use for the whole idle timeout: sign out and say why. */
    public void timedOut() throws IOException, ServletException {
        end(SignedInSession.EndReason.EXPIRED, "/login.xhtml?timeout=true");
    }

    /** "Stay signed in" from the idle warning: the request itself keeps the session alive. */
    public void keepAlive() {
        // nothing to do: reaching the server renewed the session
    }

    private void end(SignedInSession.EndReason reason, String signInPage) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        SessionGuard.recordOf(request.getSession(false)).ifPresent(record -> signedInSessions.end(record, reason));
        formSignIn.signOut(signInPage);
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
