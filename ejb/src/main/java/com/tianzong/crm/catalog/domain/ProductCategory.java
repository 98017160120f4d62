package com.tianzong.crm.catalog.domain;

import com.tianzong.crm.platform.persistence.TimestampedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A product category (产品分类). Categories form a tree; each keeps its path of names from the root
 * ("电机 / 伺服电机"), which lists show and sort by, so the tree reads in order everywhere.
 */
@Entity
@Table(name = "product_category")
public class ProductCategory extends TimestampedRecord {

    private static final long serialVersionUID = 1L;
    public static final String PATH_SEPARATOR = " / ";

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[A-Za-z0-9_\\-]*", message = "{product.code.pattern}")
    @Column(name = "code", nullable = false)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[^/]*", message = "{productCategory.name.slash}")
    @Column(name = "name", nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private ProductCategory parent;

    @Column(name = "path", nullable = false)
    private String path;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** Whether {@code other} is this category or lies below it (moving this under it would make a cycle). */
    public boolean isAncestorOf(ProductCategory other) {
        for (ProductCategory step = other; step != null; step = step.getParent()) {
            if (step == this || (getId() != null && getId().equals(step.getId()))) {
                return true;
            }
        }
        return false;
    }

    /** Recomputes the path from the parent's; the service does it for the whole subtree on a change. */
    public void refreshPath() {
        path = parent == null ? name : parent.getPath() + PATH_SEPARATOR + name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public ProductCategory getParent() {
        return parent;
    }

    public void setParent(ProductCategory parent) {
        this.parent = parent;
    }

    public String getPath() {
        return path;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
