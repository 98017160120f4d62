package com.tianzong.crm.salesforce.domain.assessment;

import com.tianzong.crm.platform.persistence.TimestampedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A quantitative assessment indicator (定量指标, BAS-04): its written definition (口径) for people,
 * and its formula over metrics for the system — evaluated per rep and period. Preset ones come
 * with every company; a company adds its own.
 */
@Entity
@Table(name = "quantitative_indicator")
public class QuantitativeIndicator extends TimestampedRecord {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9_\\-]*", message = "{customer.code.pattern}")
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
    @Size(max = 300)
    @Column(name = "formula", nullable = false)
    private String definition;

    @Size(max = IndicatorFormula.MAX_LENGTH)
    @Column(name = "expression")
    private String expression;

    @NotBlank
    @Size(max = 20)
    @Column(name = "unit", nullable = false)
    private String unit;

    @NotBlank
    @Column(name = "direction", nullable = false)
    private String direction = "HIGHER_BETTER";

    @Digits(integer = 10, fraction = 2)
    @Column(name = "default_target", precision = 12, scale = 2)
    private BigDecimal defaultTarget;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** Whether the system can work the indicator out: it has a formula. */
    public boolean isComputed() {
        return expression != null;
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

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition == null ? null : definition.strip();
    }

    public String getExpression() {
        return expression;
    }

    public void setExpression(String expression) {
        this.expression = expression == null || expression.isBlank() ? null : expression.strip();
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit == null ? null : unit.strip();
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public BigDecimal getDefaultTarget() {
        return defaultTarget;
    }

    public void setDefaultTarget(BigDecimal defaultTarget) {
        this.defaultTarget = defaultTarget;
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
