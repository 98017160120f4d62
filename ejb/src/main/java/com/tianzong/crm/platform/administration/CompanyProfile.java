package com.tianzong.crm.platform.administration;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.persistence.Trimmed;
import com.tianzong.crm.platform.records.BusinessRuleException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The company's own settings (TEN-02): contact data, time zone, currency, fiscal year, logo. One row per tenant. */
@Entity
@Table(name = "company_profile")
public class CompanyProfile extends TenantRecord {

    private static final long serialVersionUID = 1L;
    public static final long THE_PROFILE = 1L;
    public static final List<String> CURRENCIES = List.of("CNY", "HKD", "MOP", "TWD", "USD", "EUR");
    /** The zones a company of our market works in; any other valid zone id is accepted too. */
    public static final List<String> COMMON_ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei",
            "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Tokyo", "Europe/London", "America/Los_Angeles");
    static final int MAX_LOGO_BYTES = 512 * 1024;

    @Column(name = "address")
    private String address;

    @Column(name = "phone")
    private String phone;

    @Column(name = "tax_id")
    private String taxId;

    @Column(name = "timezone", nullable = false)
    private String timezone = "Asia/Shanghai";

    @Column(name = "currency", nullable = false)
    private String currency = "CNY";

    @Column(name = "fiscal_year_start_month", nullable = false)
    private int fiscalYearStartMonth = 1;

    /** BLOCK: an order asking more than is available is refused; WARN: it is posted as a back-order with a warning. */
    @Column(name = "stock_check", nullable = false)
    private String stockCheck = STOCK_BLOCK;

    public static final String STOCK_BLOCK = "BLOCK";
    public static final String STOCK_WARN = "WARN";

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "logo_type")
    private String logoType;

    protected CompanyProfile() {
    }

    /** Takes the administrator's settings, refusing any that is not valid (nothing changes then). */
    public void change(String newAddress, String newPhone, String newTaxId, String newTimezone, String newCurrency,
                       int newFiscalYearStartMonth) {
        if (newAddress != null && newAddress.length() > 300) {
            throw new BusinessRuleException("company.address.invalid", "address");
        }
        if (newPhone != null && !newPhone.matches("[0-9+\\-() ]{0,40}")) {
            throw new BusinessRuleException("company.phone.invalid", "phone");
        }
        if (newTaxId != null && !newTaxId.isEmpty() && !newTaxId.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
            throw new BusinessRuleException("company.taxId.invalid", "taxId");
        }
        try {
            ZoneId.of(newTimezone == null ? "" : newTimezone);
        } catch (DateTimeException e) {
            throw new BusinessRuleException("company.timezone.invalid", "timezone");
        }
        if (!CURRENCIES.contains(newCurrency)) {
            throw new BusinessRuleException("company.currency.invalid", "currency");
        }
        if (newFiscalYearStartMonth < 1 || newFiscalYearStartMonth > 12) {
            throw new BusinessRuleException("company.fiscalYearStartMonth.invalid", "fiscalYearStartMonth");
        }
        address = Trimmed.orNull(newAddress);
        phone = Trimmed.orNull(newPhone);
        taxId = Trimmed.orNull(newTaxId);
        timezone = newTimezone;
        currency = newCurrency;
        fiscalYearStartMonth = newFiscalYearStartMonth;
    }

    /** A PNG or JPEG of at most 512 KB, recognised by its content (not by its name). */
    public void changeLogo(byte[] image) {
        if (image == null || image.length == 0 || image.length > MAX_LOGO_BYTES) {
            throw new BusinessRuleException("company.logo.tooLarge", "logo", Integer.toString(MAX_LOGO_BYTES / 1024));
        }
        String type = imageType(image);
        if (type == null) {
            throw new BusinessRuleException("company.logo.type", "logo");
        }
        logo = image.clone();
        logoType = type;
    }

    public void removeLogo() {
        logo = null;
        logoType = null;
    }

    static String imageType(byte[] image) {
        if (image.length > 8 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
            return "image/png";
        }
        if (image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8 && (image[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }


    /** As the audit trail shows it (the logo by its size). */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("address", address);
        fields.put("phone", phone);
        fields.put("taxId", taxId);
        fields.put("timezone", timezone);
        fields.put("currency", currency);
        fields.put("fiscalYearStartMonth", Integer.toString(fiscalYearStartMonth));
        fields.put("stockCheck", stockCheck);
        fields.put("logo", logoType == null ? null : logoType + ", " + logo.length + " B");
        return fields;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getTaxId() {
        return taxId;
    }

    public String getTimezone() {
        return timezone;
    }

    public String getCurrency() {
        return currency;
    }

    /** How posting an order treats a shortage of stock: {@link #STOCK_BLOCK} or {@link #STOCK_WARN}. */
    public String getStockCheck() {
        return stockCheck;
    }

    public boolean isStockBlocking() {
        return STOCK_BLOCK.equals(stockCheck);
    }

    void changeStockCheck(String mode) {
        if (!STOCK_BLOCK.equals(mode) && !STOCK_WARN.equals(mode)) {
            throw new BusinessRuleException("company.stockCheck.invalid", "stockCheck");
        }
        stockCheck = mode;
    }

    public int getFiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public byte[] getLogo() {
        return logo == null ? null : logo.clone();
    }

    public String getLogoType() {
        return logoType;
    }

    public boolean isHasLogo() {
        return logoType != null;
    }
}
