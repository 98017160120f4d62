package com.tianzong.crm.salesforce.domain.commission;

import com.tianzong.crm.catalog.domain.ProductCategory;
import com.tianzong.crm.platform.persistence.TimestampedRecord;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A commission rule as the company keeps it (佣金规则, BAS-06): its names, basis, type, mode,
 * scope and validity, and its bands. {@link #toRule} gives the calculator's view of it.
 */
@Entity
@Table(name = "commission_rule")
public class CommissionRuleRecord extends TimestampedRecord {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9_\\-]*", message = "{product.code.pattern}")
    @Column(name = "code", nullable = false)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name_zh_cn", nullable = false)
    private String nameZhCn;

    @Size(max = 100)
    @Column(name = "name_zh_tw", nullable = false)
    private String nameZhTw;

    @Size(max = 150)
    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @NotBlank
    @Column(name = "basis", nullable = false)
    private String basis = CommissionRule.Basis.SALES_AMOUNT.name();

    @NotBlank
    @Column(name = "rule_type", nullable = false)
    private String ruleType = CommissionRule.Type.INCREASING.name();

    @NotBlank
    @Column(name = "tier_mode", nullable = false)
    private String tierMode = CommissionRule.Mode.MARGINAL.name();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_category_id")
    private ProductCategory productCategory;

    @Size(max = 40)
    @Column(name = "rep_grade")
    private String repGrade;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Size(max = 500)
    @Column(name = "description", nullable = false)
    private String description = "";

    @Column(name = "example", nullable = false, updatable = false)
    private boolean example;

    @Column(name = "active", nullable = false)
    private boolean active;

    @OneToMany(mappedBy = "rule", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lowerBound ASC")
    private List<CommissionTierRecord> tiers = new ArrayList<>();

    /** The calculator's view: this rule with the given bands (its own when null), not yet validated. */
    public CommissionRule toRule(List<CommissionTier> withTiers) {
        List<CommissionTier> bands = withTiers != null ? withTiers : tiers.stream().map(CommissionTierRecord::toTier).toList();
        return new CommissionRule(code, CommissionRule.Type.valueOf(ruleType), CommissionRule.Mode.valueOf(tierMode),
                CommissionRule.Basis.valueOf(basis), bands, productCategory == null ? null : productCategory.getCode(), repGrade,
                validFrom, validTo);
    }

    /** Replaces the bands by those of a validated rule. */
    public void replaceTiers(List<CommissionTier> bands) {
        tiers.clear();
        int order = 10;
        for (CommissionTier band : bands) {
            tiers.add(new CommissionTierRecord(this, band, order));
            order += 10;
        }
    }

    /** The bands as text, for the audit trail: "0–100000.00 2.00%; 100000.00– 3.00%". */
    public String tiersText() {
        return tiers.stream().map(t -> t.getLowerBound().toPlainString() + "–"
                        + (t.getUpperBound() == null ? "" : t.getUpperBound().toPlainString()) + " " + t.getRatePercent().toPlainString() + "%")
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** The bands as text: shown in the 360 view and kept by the audit trail on every change. */
    public String getTiersText() {
        return tiersText();
    }

    public List<CommissionTierRecord> getTiers() {
        return tiers;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getNameZhCn() {
        return nameZhCn;
    }

    public void setNameZhCn(String nameZhCn) {
        this.nameZhCn = nameZhCn == null ? null : nameZhCn.strip();
    }

    public String getNameZhTw() {
        return nameZhTw;
    }

    public void setNameZhTw(String nameZhTw) {
        this.nameZhTw = nameZhTw == null || nameZhTw.isBlank() ? null : nameZhTw.strip();
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getRuleType() {
        return ruleType;
    }

    public void setRuleType(String ruleType) {
        this.ruleType = ruleType;
    }

    public String getTierMode() {
        return tierMode;
    }

    public void setTierMode(String tierMode) {
        this.tierMode = tierMode;
    }

    public ProductCategory getProductCategory() {
        return productCategory;
    }

    public void setProductCategory(ProductCategory productCategory) {
        this.productCategory = productCategory;
    }

    public String getRepGrade() {
        return repGrade;
    }

    public void setRepGrade(String repGrade) {
        this.repGrade = repGrade == null || repGrade.isBlank() ? null : repGrade.strip();
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description.strip();
    }

    public boolean isExample() {
        return example;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
