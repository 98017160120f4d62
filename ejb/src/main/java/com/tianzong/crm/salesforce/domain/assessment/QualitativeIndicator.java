package com.tianzong.crm.salesforce.domain.assessment;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.LineDocument;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A qualitative assessment indicator (定性指标, BAS-04): what a manager judges (责任心, 谈判能力 …),
 * in a category, with its highest score and scoring levels, each with a concrete standard. About
 * eighty come with every company.
 */
@Entity
@Table(name = "qualitative_indicator")
public class QualitativeIndicator extends TenantRecord implements LineDocument {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9_\\-]*", message = "{customer.code.pattern}")
    @Column(name = "code", nullable = false)
    private String code;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id", nullable = false)
    private IndicatorCategory category;

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
    @Size(max = 500)
    @Column(name = "description", nullable = false)
    private String description;

    @NotNull
    @DecimalMin("0.5")
    @DecimalMax("1000.0")
    @Digits(integer = 4, fraction = 1)
    @Column(name = "max_score", nullable = false, precision = 5, scale = 1)
    private BigDecimal maxScore;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("levelNo ASC")
    private List<QualitativeLevel> levels = new ArrayList<>();

    /** The scoring levels, the best (1) first. */
    @Override
    public List<QualitativeLevel> getLines() {
        return levels;
    }

    /** One more level below the last, scored nothing until the user says. */
    @Override
    public void addLine() {
        levels.add(new QualitativeLevel(this, levels.size() + 1, levels.isEmpty() ? maxScore : BigDecimal.ZERO.setScale(1), ""));
    }

    @Override
    public void removeLine(int index) {
        levels.remove(index);
        recalculate();
    }

    /** Numbers the levels again from 1 (the best). */
    @Override
    public void recalculate() {
        for (int i = 0; i < levels.size(); i++) {
            levels.get(i).numbered(i + 1);
        }
    }

    @Override
    public boolean isLinesEditable() {
        return true;
    }

    @Override
    public boolean isLinesAddedByHand() {
        return true;
    }

    /**
     * Refuses a level without a standard or a score, and levels that do not score lower the further
     * down they are; the best level scores the highest score.
     */
    public void checkLevels() {
        BigDecimal above = null;
        for (QualitativeLevel level : levels) {
            if (level.getStandard() == null || level.getStandard().isBlank() || level.getScore() == null) {
                throw new BusinessRuleException("qualitativeIndicator.level.incomplete", "lines", Integer.toString(level.getLevelNo()));
            }
            if (level.getScore().signum() < 0 || above != null && level.getScore().compareTo(above) >= 0) {
                throw new BusinessRuleException("qualitativeIndicator.level.order", "lines", Integer.toString(level.getLevelNo()));
            }
            above = level.getScore();
        }
        if (!levels.isEmpty() && maxScore != null && levels.get(0).getScore().compareTo(maxScore) != 0) {
            throw new BusinessRuleException("qualitativeIndicator.maxScore.levels", "maxScore", levels.get(0).getScore().toPlainString());
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public IndicatorCategory getCategory() {
        return category;
    }

    public void setCategory(IndicatorCategory category) {
        this.category = category;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? null : description.strip();
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public void setMaxScore(BigDecimal maxScore) {
        this.maxScore = maxScore;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder == null ? 0 : sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
