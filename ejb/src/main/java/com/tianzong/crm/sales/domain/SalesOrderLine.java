package com.tianzong.crm.sales.domain;

import com.tianzong.crm.platform.persistence.Scaled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A product line of a sales order, with how much of it has been shipped and how much of the
 * product's stock it still holds reserved.
 */
@Entity
@Table(name = "sales_order_line")
public class SalesOrderLine extends SalesLine {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sales_order_id", nullable = false, updatable = false)
    private SalesOrder salesOrder;

    @Column(name = "shipped_quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal shippedQuantity = BigDecimal.ZERO.setScale(QUANTITY_SCALE);

    @Column(name = "reserved_quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal reservedQuantity = BigDecimal.ZERO.setScale(QUANTITY_SCALE);

    @Column(name = "invoiced_quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal invoicedQuantity = BigDecimal.ZERO.setScale(QUANTITY_SCALE);

    protected SalesOrderLine() {
    }

    SalesOrderLine(SalesOrder salesOrder) {
        this.salesOrder = salesOrder;
    }

    @Override
    public SalesDocument<?> document() {
        return salesOrder;
    }

    public SalesOrder getSalesOrder() {
        return salesOrder;
    }

    /** What is still to be shipped. */
    public BigDecimal outstanding() {
        return getQuantity().subtract(shippedQuantity);
    }

    /** Reserves what is still to be shipped; returns how much more is now reserved. */
    BigDecimal reserveOutstanding() {
        BigDecimal more = outstanding().subtract(reservedQuantity);
        reservedQuantity = Scaled.exactly(outstanding(), QUANTITY_SCALE);
        return more;
    }

    /** Gives the reservation up; returns how much was reserved. */
    BigDecimal release() {
        BigDecimal released = reservedQuantity;
        reservedQuantity = BigDecimal.ZERO.setScale(QUANTITY_SCALE);
        return released;
    }

    /**
     * Records a shipment of {@code quantity}; returns how much of the reservation the shipment
     * used up (at most what was reserved).
     */
    BigDecimal ship(BigDecimal quantity) {
        if (quantity.signum() < 0 || quantity.compareTo(outstanding()) > 0) {
            throw new IllegalArgumentException("line " + getLineNo() + " cannot ship " + quantity + " of " + outstanding());
        }
        shippedQuantity = shippedQuantity.add(quantity);
        BigDecimal used = quantity.min(reservedQuantity);
        reservedQuantity = reservedQuantity.subtract(used);
        return used;
    }

    /** What has been shipped and not yet invoiced. */
    public BigDecimal invoiceable() {
        return shippedQuantity.subtract(invoicedQuantity);
    }

    void invoiced(BigDecimal quantity) {
        if (quantity.signum() < 0 || quantity.compareTo(invoiceable()) > 0) {
            throw new IllegalArgumentException("line " + getLineNo() + " cannot invoice " + quantity + " of " + invoiceable());
        }
        invoicedQuantity = invoicedQuantity.add(quantity);
    }

    public BigDecimal getInvoicedQuantity() {
        return invoicedQuantity;
    }

    public BigDecimal getShippedQuantity() {
        return shippedQuantity;
    }

    public BigDecimal getReservedQuantity() {
        return reservedQuantity;
    }
}
