package com.tianzong.crm.operator.console;

import com.tianzong.crm.platform.operator.OperatorPrincipal;
import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

/** The tenant list of the operator console: every subscribing company, suspend and resume. */
@Named("tenantsConsole")
@ViewScoped
public class TenantsConsoleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    TenantRegistry registry;

    private transient List<Tenant> tenants;

    public List<Tenant> getTenants() {
        if (tenants == null) {
            tenants = registry.findAll();
        }
        return tenants;
    }

    public String getOperatorName() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? "" : OperatorPrincipal.usernameOf(principal.getName()).orElse("");
    }

    public void suspend(String code) {
        registry.suspend(TenantCode.of(code));
        done("tenants.suspended", code);
    }

    public void resume(String code) {
        registry.resume(TenantCode.of(code));
        done("tenants.resumed", code);
    }

    public String timestamp(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).format(TIMESTAMP);
    }

    private void done(String key, String code) {
        tenants = null;
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = ResourceBundle.getBundle("com.tianzong.crm.operator.i18n.messages", context.getViewRoot().getLocale()).getString(key);
        context.addMessage(null, new FacesMessage(MessageFormat.format(pattern, code)));
    }
}
