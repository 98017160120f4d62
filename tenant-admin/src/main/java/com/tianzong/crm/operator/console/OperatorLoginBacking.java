package com.tianzong.crm.operator.console;

import com.tianzong.crm.platform.operator.OperatorCredential;
import com.tianzong.crm.platform.web.FormSignIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.ResourceBundle;

/** The operators' sign-in: user name and password against the platform's operator accounts. */
@Named("operatorLogin")
@RequestScoped
public class OperatorLoginBacking {

    @Inject
    FormSignIn formSignIn;

    private String username;
    private String password;

    public void login() throws IOException {
        if (!formSignIn.signIn(new OperatorCredential(username, password), "/app/tenants.xhtml", () -> { })) {
            FacesContext context = FacesContext.getCurrentInstance();
            String text = ResourceBundle.getBundle("com.tianzong.crm.operator.i18n.messages", context.getViewRoot().getLocale())
                    .getString("login.failed");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    public void logout() throws IOException, ServletException {
        formSignIn.signOut("/login.xhtml");
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
