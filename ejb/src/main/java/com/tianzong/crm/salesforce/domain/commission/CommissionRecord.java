package com.tianzong.crm.salesforce.domain.commission;

import com.tianzong.crm.platform.security.OwnedRecord;
import com.tianzong.crm.salesforce.domain.SalesRep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.stream.Collectors;

/**
 * A rep's commission for a month under one rule (提成记录, ORG-08): the base the rule is
 * calculated on (sales amount, gross profit or cash collected, from the sales module), the
 * commission and how each band of the rule made it up. Worked out again while a draft; once a
 * manager approves it, it is what the rep is paid and never changes. It belongs to the rep.
 */
@Entity
@Table(name = "commission_record")
public class CommissionRecord extends OwnedRecord {

    private static final long serialVersionUID = 1L;

    public static final String DRAFT = "DRAFT";
    public static final String APPROVED = "APPROVED";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rep_id", nullable = false)
    private SalesRep rep;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rule_id", nullable = false)
    private CommissionRuleRecord rule;

    @NotNull
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "basis", nullable = false)
    private String basis;

    @Column(name = "base_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal baseAmount = BigDecimal.ZERO.setScale(CommissionRule.AMOUNT_SCALE);

    @Column(name = "commission", nullable = false, precision = 18, scale = 2)
    private BigDecimal commission = BigDecimal.ZERO.setScale(CommissionRule.AMOUNT_SCALE);

    @Size(max = 1000)
    @Column(name = "breakdown", nullable = false)
    private String breakdown = "";

    @Column(name = "status", nullable = false)
    private String status = DRAFT;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Size(max = 1000)
    @Column(name = "note", nullable = false)
    private String note = "";

    /** The month of the day given: its first and last day. */
    public void coverMonthOf(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        periodStart = month.atDay(1);
        periodEnd = month.atEndOfMonth();
    }

    /** Takes the rule's calculation on the base: the base, the commission and each band's part. */
    public void calculated(CommissionRule calculator, BigDecimal base) {
        if (isApproved()) {
            throw new IllegalStateException("an approved commission is not worked out again");
        }
        CommissionResult result = calculator.calculate(base);
        basis = calculator.basis().name();
        baseAmount = result.base();
        commission = result.total();
        String parts = result.lines().stream()
                .map(line -> line.portion().toPlainString() + " × " + line.rate().movePointRight(2).stripTrailingZeros().toPlainString()
                        + "% = " + line.commission().toPlainString())
                .collect(Collectors.joining("; "));
        breakdown = parts.length() <= 1000 ? parts : parts.substring(0, 999) + "…";
    }

    public void approve(String by, OffsetDateTime at) {
        if (isApproved()) {
            throw new IllegalStateException("already approved");
        }
        status = APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    public boolean isApproved() {
        return APPROVED.equals(status);
    }

    public SalesRep getRep() {
        return rep;
    }

    public void setRep(SalesRep rep) {
        this.rep = rep;
    }

    public CommissionRuleRecord getRule() {
        return rule;
    }

    public void setRule(CommissionRuleRecord rule) {
        this.rule = rule;
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

    public String getBasis() {
        return basis;
    }

    public BigDecimal getBaseAmount() {
        return baseAmount;
    }

    public BigDecimal getCommission() {
        return commission;
    }

    public String getBreakdown() {
        return breakdown;
    }

    public String getStatus() {
        return status;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }
}
