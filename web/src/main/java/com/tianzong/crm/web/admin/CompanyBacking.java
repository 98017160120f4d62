package com.tianzong.crm.web.admin;

import com.tianzong.crm.platform.administration.CompanyProfile;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.GuardedPage;
import com.tianzong.crm.web.shell.UserSession;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.file.UploadedFile;

/** The company profile page (TEN-02): name, contact data, time zone, currency, fiscal year start, logo. */
@Named("company")
@ViewScoped
public class CompanyBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CompanyProfiles profiles;

    @EJB
    transient Permissions permissions;

    @Inject
    transient Texts texts;

    @Inject
    UserSession userSession;

    private boolean editable;
    private String name;
    private String address;
    private String phone;
    private String taxId;
    private String timezone;
    private String currency;
    private int fiscalYearStartMonth;
    private String stockCheck;
    private boolean hasLogo;
    private transient UploadedFile logoFile;

    public void load() {
        if (!permissions.allowed(CompanyProfiles.MODULE, PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        editable = permissions.allowed(CompanyProfiles.MODULE, PermissionAction.EDIT);
        read();
    }

    private void read() {
        CompanyProfile profile = profiles.profile();
        name = profiles.companyName();
        address = profile.getAddress();
        phone = profile.getPhone();
        taxId = profile.getTaxId();
        timezone = profile.getTimezone();
        currency = profile.getCurrency();
        fiscalYearStartMonth = profile.getFiscalYearStartMonth();
        stockCheck = profile.getStockCheck();
        hasLogo = profile.isHasLogo();
    }

    public void save() {
        try {
            profiles.change(name, address, phone, taxId, timezone, currency, fiscalYearStartMonth,
                    logoFile != null && logoFile.getSize() > 0 ? logoFile.getContent() : null, stockCheck);
            userSession.forgetProfile();
            texts.info("company.saved");
        } catch (BusinessRuleException rule) {
            texts.error(rule.getMessageKey(), rule.getArguments().toArray());
        } catch (PermissionDeniedException denied) {
            texts.error("record.noPermission");
        } finally {
            logoFile = null;
            read();
        }
    }

    public List<String> getCurrencies() {
        return CompanyProfile.CURRENCIES;
    }

    public List<String> getZones() {
        return CompanyProfile.COMMON_ZONES;
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isHasLogo() {
        return hasLogo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public List<String> getStockChecks() {
        return List.of(CompanyProfile.STOCK_BLOCK, CompanyProfile.STOCK_WARN);
    }

    public String getStockCheck() {
        return stockCheck;
    }

    public void setStockCheck(String stockCheck) {
        this.stockCheck = stockCheck;
    }

    public int getFiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public void setFiscalYearStartMonth(int fiscalYearStartMonth) {
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    public UploadedFile getLogoFile() {
        return logoFile;
    }

    public void setLogoFile(UploadedFile logoFile) {
        this.logoFile = logoFile;
    }
}
