package com.tianzong.crm.salesforce.domain.quota;

import com.tianzong.crm.catalog.domain.ProductCategory;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.persistence.TimestampedRecord;
import com.tianzong.crm.platform.security.Owned;
import com.tianzong.crm.salesforce.domain.Department;
import com.tianzong.crm.salesforce.domain.SalesRep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A quota (定额): the most of one kind — sales amount, expense, head count — a sales organisation
 * or one rep may reach in a period, narrowed where needed to a position grade, an expense
 * category or a product category. A rep's quota belongs to the rep (the rep sees it); an
 * organisation's belongs to the organisation (its managers see it).
 */
@Entity
@Table(name = "quota")
public class Quota extends TimestampedRecord implements Owned {

    private static final long serialVersionUID = 1L;

    public static final String SALES_AMOUNT = "SALES_AMOUNT";
    public static final String EXPENSE = "EXPENSE";
    public static final String HEAD_COUNT = "HEAD_COUNT";

    @NotBlank
    @Column(name = "kind", nullable = false)
    private String kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rep_id")
    private SalesRep rep;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @Column(name = "grade")
    private String grade;

    @Column(name = "expense_category")
    private String expenseCategory;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_category_id")
    private ProductCategory productCategory;

    @NotNull
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @NotNull
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 16, fraction = 2)
    @Column(name = "limit_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal limitAmount;

    @Size(max = 500)
    @Column(name = "note", nullable = false)
    private String note = "";

    /** The verdict of a check: {@code used} is what is in use within the quota's scope, the change included. */
    public QuotaVerdict verdict(BigDecimal used) {
        return new QuotaVerdict(getId() == null ? 0 : getId(), kind, limitAmount, used);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }

    /** Whether the quota is a rep's own rather than an organisation's. */
    public boolean isPersonal() {
        return rep != null;
    }

    @Override
    public UserAccount getOwner() {
        return owner;
    }

    @Override
    public void assignTo(UserAccount account, Department dept) {
        this.owner = account;
        this.department = dept != null ? dept : account == null ? department : account.getDepartment();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    @Override
    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public SalesRep getRep() {
        return rep;
    }

    public void setRep(SalesRep rep) {
        this.rep = rep;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade == null || grade.isBlank() ? null : grade;
    }

    public String getExpenseCategory() {
        return expenseCategory;
    }

    public void setExpenseCategory(String expenseCategory) {
        this.expenseCategory = expenseCategory == null || expenseCategory.isBlank() ? null : expenseCategory;
    }

    public ProductCategory getProductCategory() {
        return productCategory;
    }

    public void setProductCategory(ProductCategory productCategory) {
        this.productCategory = productCategory;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public BigDecimal getLimitAmount() {
        return limitAmount;
    }

    public void setLimitAmount(BigDecimal limitAmount) {
        this.limitAmount = limitAmount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note.strip();
    }
}
