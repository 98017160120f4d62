package com.tianzong.crm.customer.domain;

import com.tianzong.crm.platform.persistence.Scaled;
import com.tianzong.crm.platform.persistence.Trimmed;
import com.tianzong.crm.platform.security.OwnedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The customer file (客户档案, CUS-01): who the customer is, how to reach them, how much credit
 * they get and which rep and department look after them.
 */
@Entity
@Table(name = "customer")
public class Customer extends OwnedRecord {

    private static final long serialVersionUID = 1L;
    public static final int MONEY_SCALE = 2;

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[A-Za-z0-9_\\-]*", message = "{customer.code.pattern}")
    @Column(name = "code", nullable = false)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false)
    private String name;

    @Size(max = 60)
    @Column(name = "short_name")
    private String shortName;

    @NotBlank
    @Column(name = "customer_type", nullable = false)
    private String customerType;

    @Column(name = "industry")
    private String industry;

    @Column(name = "region")
    private String region;

    @Size(max = 300)
    @Column(name = "address")
    private String address;

    @Size(max = 40)
    @Pattern(regexp = "[0-9+\\-() ]*", message = "{customer.phone.pattern}")
    @Column(name = "phone")
    private String phone;

    /** 统一社会信用代码: 18 characters of digits and capital letters (I, O, S, V, Z excluded). */
    @Pattern(regexp = "([0-9A-HJ-NPQRTUWXY]{18})?", message = "{customer.taxId.pattern}")
    @Column(name = "tax_id")
    private String taxId;

    @NotNull
    @DecimalMin("0.00")
    @DecimalMax("9999999999999999.99")
    @Digits(integer = 16, fraction = 2)
    @Column(name = "credit_limit", nullable = false, precision = 18, scale = 2)
    private BigDecimal creditLimit = BigDecimal.ZERO.setScale(MONEY_SCALE);

    /** Kept with the name and phone, for duplicate detection: see {@link MatchKeys}. */
    @Column(name = "name_key")
    private String nameKey;

    @Column(name = "phone_key")
    private String phoneKey;

    @Column(name = "grade")
    private String grade;

    @Column(name = "source")
    private String source;

    @Size(max = 200)
    @Pattern(regexp = "((https?://)?[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}(/\\S*)?)?", message = "{customer.website.pattern}")
    @Column(name = "website")
    private String website;

    @Size(max = 100)
    @Column(name = "bank_name")
    private String bankName;

    @Size(max = 40)
    @Pattern(regexp = "[0-9 ]*", message = "{customer.bankAccount.pattern}")
    @Column(name = "bank_account")
    private String bankAccount;

    @Size(max = 300)
    @Column(name = "invoice_address")
    private String invoiceAddress;

    @Size(max = 40)
    @Pattern(regexp = "[0-9+\\-() ]*", message = "{customer.phone.pattern}")
    @Column(name = "invoice_phone")
    private String invoicePhone;

    @Column(name = "payment_terms")
    private String paymentTerms;

    /** Days between visits for this customer; empty means its grade's cycle. */
    @Min(1)
    @Max(365)
    @Column(name = "visit_cycle_days")
    private Integer visitCycleDays;

    /** Kept by the system from the customer's interactions, never typed. */
    @Column(name = "last_interaction_date")
    private LocalDate lastInteractionDate;

    @Column(name = "last_visit_date")
    private LocalDate lastVisitDate;

    @Column(name = "next_visit_due")
    private LocalDate nextVisitDue;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = Trimmed.orNull(code);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Trimmed.orNull(name);
        this.nameKey = MatchKeys.name(this.name);
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getPhoneKey() {
        return phoneKey;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = Trimmed.orNull(shortName);
    }

    public String getCustomerType() {
        return customerType;
    }

    public void setCustomerType(String customerType) {
        this.customerType = Trimmed.orNull(customerType);
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = Trimmed.orNull(industry);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = Trimmed.orNull(region);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Trimmed.orNull(address);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Trimmed.orNull(phone);
        this.phoneKey = MatchKeys.phone(this.phone);
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId == null ? null : Trimmed.orNull(taxId.toUpperCase(java.util.Locale.ROOT));
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    /** Stored with exactly two decimals; more precise input is refused by validation, not rounded away. */
    public void setCreditLimit(BigDecimal creditLimit) {
        this.creditLimit = Scaled.exactly(creditLimit, MONEY_SCALE);
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = Trimmed.orNull(grade);
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = Trimmed.orNull(source);
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = Trimmed.orNull(website);
    }

    public String getBankName() {
        return bankName;
    }

    public void setBankName(String bankName) {
        this.bankName = Trimmed.orNull(bankName);
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(String bankAccount) {
        this.bankAccount = Trimmed.orNull(bankAccount);
    }

    public String getInvoiceAddress() {
        return invoiceAddress;
    }

    public void setInvoiceAddress(String invoiceAddress) {
        this.invoiceAddress = Trimmed.orNull(invoiceAddress);
    }

    public String getInvoicePhone() {
        return invoicePhone;
    }

    public void setInvoicePhone(String invoicePhone) {
        this.invoicePhone = Trimmed.orNull(invoicePhone);
    }

    public String getPaymentTerms() {
        return paymentTerms;
    }

    public void setPaymentTerms(String paymentTerms) {
        this.paymentTerms = Trimmed.orNull(paymentTerms);
    }

    public Integer getVisitCycleDays() {
        return visitCycleDays;
    }

    public void setVisitCycleDays(Integer visitCycleDays) {
        this.visitCycleDays = visitCycleDays;
    }

    public LocalDate getLastInteractionDate() {
        return lastInteractionDate;
    }

    public LocalDate getLastVisitDate() {
        return lastVisitDate;
    }

    public LocalDate getNextVisitDue() {
        return nextVisitDue;
    }

    /** The dynamic data, as the customer's interactions and its visit cycle give them. */
    public void recordActivity(LocalDate lastInteraction, LocalDate lastVisit, LocalDate nextDue) {
        this.lastInteractionDate = lastInteraction;
        this.lastVisitDate = lastVisit;
        this.nextVisitDue = nextDue;
    }

}
