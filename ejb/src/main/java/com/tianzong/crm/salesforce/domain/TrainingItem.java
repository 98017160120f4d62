package com.tianzong.crm.salesforce.domain;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A sales training item (销售训练项目, BAS-03): a course the company runs for its reps, named in
 * three languages, with its length in hours. Preset ones come with every new company.
 */
@Entity
@Table(name = "training_item")
public class TrainingItem extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9_\\-]*", message = "{product.code.pattern}")
    @Column(name = "code", nullable = false)
    private String code;

    @NotBlank
    @Column(name = "category", nullable = false)
    private String category;

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

    @NotNull
    @DecimalMin(value = "0.5")
    @DecimalMax("999.5")
    @Digits(integer = 3, fraction = 1)
    @Column(name = "hours", nullable = false, precision = 5, scale = 1)
    private BigDecimal hours = new BigDecimal("2.0");

    @Size(max = 500)
    @Column(name = "description", nullable = false)
    private String description = "";

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
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

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours == null || hours.stripTrailingZeros().scale() > 1 ? hours : hours.setScale(1, RoundingMode.UNNECESSARY);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description.strip();
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
