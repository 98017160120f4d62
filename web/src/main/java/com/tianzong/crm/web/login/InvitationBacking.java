package com.tianzong.crm.web.login;

import com.tianzong.crm.platform.identity.PasswordRules;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.onboarding.Invitation;
import com.tianzong.crm.platform.onboarding.Invitations;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import com.tianzong.crm.web.i18n.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Accepting an invitation (TEN-02): the invited person sets their first password under their
 * company's rules, then signs in. An unknown, used or expired link says so and nothing else.
 */
@Named("invitation")
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Invitations invitations;

    @EJB
    transient TenantRegistry registry;

    @EJB
    transient UserAccounts userAccounts;

    @Inject
    transient Texts texts;

    private String token;
    private boolean valid;
    private String companyCode;
    private String companyName;
    private String username;
    private PasswordRules rules;
    private String password;
    private String repeat;

    public void load() {
        invitations.find(token).ifPresent(this::show);
    }

    private void show(Invitation found) {
        valid = true;
        TenantCode tenant = TenantCode.of(found.getTenantCode());
        companyCode = tenant.value();
        companyName = registry.find(tenant).map(t -> t.getName()).orElse(companyCode);
        username = found.getUsername();
        rules = TenantContext.callAs(tenant, () -> userAccounts.policy().passwordRules());
    }

    public void accept() throws IOException {
        if (password == null || !password.equals(repeat)) {
            texts.error("password.repeatDiffers");
            return;
        }
        try {
            invitations.accept(token, password.toCharArray());
        } catch (BusinessRuleException rule) {
            texts.error(rule.getMessageKey(), rule.getArguments().toArray());
            return;
        } finally {
            password = null;
            repeat = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?invited=true&company="
                + URLEncoder.encode(companyCode, StandardCharsets.UTF_8) + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isValid() {
        return valid;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getCompanyCode() {
        return companyCode;
    }

    public String getUsername() {
        return username;
    }

    public PasswordRules getRules() {
        return rules;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
