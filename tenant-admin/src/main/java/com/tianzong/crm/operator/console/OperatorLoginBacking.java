package com.tianzong.crm.operator.console;

import com.tianzong.crm.platform.operator.OperatorCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/** The operators' sign-in: user name and password against the platform's operator accounts. */
@Named("operatorLogin")
@RequestScoped
public class OperatorLoginBacking {

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new OperatorCredential(username, password)).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> context.responseComplete();
            case SUCCESS -> {
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                external.redirect(external.getRequestContextPath() + "/app/tenants.xhtml");
            }
            default -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    ResourceBundle.getBundle("com.tianzong.crm.operator.i18n.messages", context.getViewRoot().getLocale())
                            .getString("login.failed"), null));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
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
