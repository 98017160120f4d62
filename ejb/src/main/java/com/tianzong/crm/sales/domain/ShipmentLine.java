package com.tianzong.crm.sales.domain;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.platform.persistence.Scaled;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of a shipment note: an order line and how much of it leaves the warehouse. */
@Entity
@Table(name = "shipment_line")
public class ShipmentLine extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shipment_id", nullable = false, updatable = false)
    private Shipment shipment;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sales_order_line_id", nullable = false, updatable = false)
    private SalesOrderLine orderLine;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(name = "quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal quantity;

    protected ShipmentLine() {
    }

    ShipmentLine(Shipment shipment, int lineNo, SalesOrderLine orderLine, BigDecimal quantity) {
        this.shipment = shipment;
        this.lineNo = lineNo;
        this.orderLine = orderLine;
        this.product = orderLine.getProduct();
        this.quantity = quantity;
    }

    void check() {
        String number = Integer.toString(lineNo);
        if (quantity == null || quantity.signum() < 0 || quantity.stripTrailingZeros().scale() > SalesLine.QUANTITY_SCALE) {
            throw new BusinessRuleException("document.line.quantityInvalid", "lines", number);
        }
        if (quantity.compareTo(orderLine.outstanding()) > 0) {
            throw new BusinessRuleException("shipment.moreThanOutstanding", "lines", number, orderLine.outstanding().toPlainString());
        }
    }

    public Shipment getShipment() {
        return shipment;
    }

    public int getLineNo() {
        return lineNo;
    }

    void setLineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    public SalesOrderLine getOrderLine() {
        return orderLine;
    }

    public Product getProduct() {
        return product;
    }

    /** What the order line still has outstanding (before this shipment leaves). */
    public BigDecimal getOutstanding() {
        return orderLine.outstanding();
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = Scaled.exactly(quantity, SalesLine.QUANTITY_SCALE);
    }
}
