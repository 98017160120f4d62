package com.tianzong.crm.web.shell;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import com.tianzong.crm.platform.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in user's session: who they are, their company and their UI language
 * (Simplified Chinese unless they chose otherwise; the choice is kept on their account).
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    @Inject
    CurrentTenant currentTenant;

    @EJB
    UserAccounts userAccounts;

    @EJB
    TenantRegistry tenants;

    @EJB
    com.tianzong.crm.platform.administration.CompanyProfiles companyProfiles;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private String displayName;
    private String tenantName;
    private String departmentName;
    private boolean hasLogo;

    private boolean profileLoaded;

    public Locale getLocale() {
        loadProfile();
        return locale;
    }

    /** The language chosen so far, without touching the database (error pages use it). */
    public Locale getChosenLocale() {
        return locale;
    }

    /** The next request after sign-in loads the profile afresh (the caller is known from then on). */
    public void forgetProfile() {
        profileLoaded = false;
    }

    private void loadProfile() {
        if (!profileLoaded && isSignedIn()) {
            profileLoaded = true;
            signedIn();
        }
    }

    public void setLocale(Locale locale) {
        this.locale = LANGUAGES.contains(locale) ? locale : Locale.SIMPLIFIED_CHINESE;
    }

    /** Takes name, company and preferred language from the signed-in user's account. */
    private void signedIn() {
        UserAccount me = userAccounts.me();
        displayName = me.getDisplayName();
        departmentName = me.getDepartment() == null ? null : me.getDepartment().getName();
        tenantName = currentUser().flatMap(user -> tenants.find(user.tenant())).map(t -> t.getName()).orElse(null);
        setLocale(Locale.forLanguageTag(me.getLocale().replace('_', '-')));
        var profile = companyProfiles.profile();
        hasLogo = profile != null && profile.isHasLogo();
    }

    public Optional<TenantUser> currentUser() {
        return currentTenant.currentUser();
    }

    public boolean isSignedIn() {
        return currentUser().isPresent();
    }

    public String getDisplayName() {
        loadProfile();
        return displayName;
    }

    public String getTenantName() {
        loadProfile();
        return tenantName;
    }

    public String getTenantCode() {
        return currentUser().map(user -> user.tenant().value()).orElse(null);
    }

    /** Whether the company has a logo to show in the top bar. */
    public boolean isHasLogo() {
        loadProfile();
        return hasLogo;
    }

    public String getDepartmentName() {
        loadProfile();
        return departmentName;
    }
}
