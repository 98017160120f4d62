package com.tianzong.crm.platform.administration;

import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/**
 * The company profile (TEN-02): everyone of the company reads it (the logo in the top bar, the
 * time zone and currency in their pages); its administrator changes it. Changes are audited; the
 * company's name is the one the platform knows it by, so a new name is given to the registry too.
 */
@Stateless
@TenantAware
public class CompanyProfiles {

    public static final String MODULE = "company";

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    Permissions permissions;

    @EJB
    AuditTrail auditTrail;

    @EJB
    TenantRegistry registry;

    @Inject
    CurrentTenant currentTenant;

    public CompanyProfile profile() {
        return em.find(CompanyProfile.class, CompanyProfile.THE_PROFILE);
    }

    /** The company's time zone, by which its days begin and end (China's when none is set). */
    public java.time.ZoneId zone() {
        CompanyProfile profile = profile();
        return profile == null || profile.getTimezone() == null
                ? java.time.ZoneId.of("Asia/Shanghai") : java.time.ZoneId.of(profile.getTimezone());
    }

    /** Today in the company's time zone. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(zone());
    }

    /** The company's logo as stored, read within the transaction (the image column is loaded on demand). */
    public java.util.Optional<Logo> logo() {
        CompanyProfile profile = profile();
        return profile == null || !profile.isHasLogo() ? java.util.Optional.empty()
                : java.util.Optional.of(new Logo(profile.getLogo(), profile.getLogoType(), profile.getVersion()));
    }

    /** An image and its type; {@code version} changes whenever the profile does. */
    public record Logo(byte[] image, String type, int version) {
    }

    public String companyName() {
        return registry.find(currentTenant.require()).map(tenant -> tenant.getName()).orElse("");
    }

    public void change(String name, String address, String phone, String taxId, String timezone, String currency,
                       int fiscalYearStartMonth) {
        change(name, address, phone, taxId, timezone, currency, fiscalYearStartMonth, null);
    }

    /** All settings and, when {@code newLogo} is given, the logo: all taken, or none. */
    public void change(String name, String address, String phone, String taxId, String timezone, String currency,
                       int fiscalYearStartMonth, byte[] newLogo) {
        change(name, address, phone, taxId, timezone, currency, fiscalYearStartMonth, newLogo, null);
    }

    /** As above, and how posting an order treats a shortage of stock ({@code null} keeps it). */
    public void change(String name, String address, String phone, String taxId, String timezone, String currency,
                       int fiscalYearStartMonth, byte[] newLogo, String stockCheck) {
        permissions.check(MODULE, PermissionAction.EDIT, CompanyProfile.THE_PROFILE);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new BusinessRuleException("tenant.name.invalid", "name");
        }
        CompanyProfile profile = profile();
        Map<String, String> before = new java.util.LinkedHashMap<>(profile.snapshot());
        before.put("name", companyName());
        profile.change(address, phone, taxId, timezone, currency, fiscalYearStartMonth);
        if (stockCheck != null) {
            profile.changeStockCheck(stockCheck);
        }
        if (newLogo != null) {
            profile.changeLogo(newLogo);
        }
        registry.rename(currentTenant.require(), name.strip());
        Map<String, String> after = new java.util.LinkedHashMap<>(profile.snapshot());
        after.put("name", name.strip());
        auditTrail.recordChange(MODULE, CompanyProfile.THE_PROFILE, before, after);
    }

    public void changeLogo(byte[] image) {
        permissions.check(MODULE, PermissionAction.EDIT, CompanyProfile.THE_PROFILE);
        CompanyProfile profile = profile();
        Map<String, String> before = profile.snapshot();
        profile.changeLogo(image);
        auditTrail.recordChange(MODULE, CompanyProfile.THE_PROFILE, before, profile.snapshot());
    }
}
