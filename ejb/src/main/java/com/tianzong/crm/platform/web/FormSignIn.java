package com.tianzong.crm.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;

/**
 * Signing in and out from a Faces sign-in page, the same way in every web module: authenticate
 * through the application's form mechanism, take a new session id, go to the start page.
 */
@ApplicationScoped
public class FormSignIn {

    /** What Payara's security layer keeps in the session while a sign-in is under way. */
    private static final List<String> SOTERIA_SIGN_IN_STATE = List.of(
            "org.glassfish.soteria.caller_initiated_authentication",
            "org.glassfish.soteria.authentication",
            "org.glassfish.soteria.original.request");

    @Inject
    SecurityContext securityContext;

    /**
     * Signs in with the credential; on success runs {@code onSuccess} and redirects to
     * {@code startPage} (relative to the module). Returns false when the credential was refused.
     */
    public boolean signIn(Credential credential, String startPage, Runnable onSuccess) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            // someone is signed in already (in this module, or in another one through single
            // sign-on, e.g. an operator): a sign-in always starts from nobody
            try {
                request.logout();
            } catch (jakarta.servlet.ServletException e) {
                return false;
            }
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> {
                context.responseComplete();
                return true;
            }
            case SUCCESS -> {
                // a new session id after sign-in: a session id planted before sign-in is worthless
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                onSuccess.run();
                external.redirect(external.getRequestContextPath() + startPage);
                return true;
            }
            default -> {
                forgetFailedAttempt(request);
                return false;
            }
        }
    }

    /**
     * Payara's security layer keeps a refused sign-in marked in the session as a sign-in still
     * under way; the next request for a protected page was then answered with an empty page
     * instead of the sign-in page. Dropping the marks makes it an ordinary visitor again.
     */
    private static void forgetFailedAttempt(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            SOTERIA_SIGN_IN_STATE.forEach(session::removeAttribute);
        }
    }

    public void signOut(String signInPage) throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + signInPage);
    }
}
