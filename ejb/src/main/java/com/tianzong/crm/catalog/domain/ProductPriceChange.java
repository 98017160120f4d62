package com.tianzong.crm.catalog.domain;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A product's list price and cost from a moment on (价格历史): written when either changes, never edited. */
@Entity
@Table(name = "product_price_change")
public class ProductPriceChange extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(name = "list_price", nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal listPrice;

    @Column(name = "cost", updatable = false, precision = 18, scale = 2)
    private BigDecimal cost;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    protected ProductPriceChange() {
    }

    public ProductPriceChange(Product product, String changedBy) {
        this.product = product;
        this.listPrice = product.getListPrice();
        this.cost = product.getCost();
        this.changedAt = OffsetDateTime.now();
        this.changedBy = changedBy;
    }

    public Product getProduct() {
        return product;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
