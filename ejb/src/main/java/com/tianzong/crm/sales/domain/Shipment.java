package com.tianzong.crm.sales.domain;

import com.tianzong.crm.customer.domain.CustomerRecord;
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
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A shipment note (发货单): made for the warehouse when an order is posted, with every line's
 * outstanding quantity; the warehouse may lower a quantity (a partial shipment) before it
 * confirms the shipment, and a new note is then made for the rest.
 */
@Entity
@Table(name = "shipment")
public class Shipment extends CustomerRecord implements LineDocument {

    private static final long serialVersionUID = 1L;

    @Size(max = 20)
    @Column(name = "number", nullable = false, updatable = false)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sales_order_id", nullable = false, updatable = false)
    private SalesOrder salesOrder;

    @Column(name = "status", nullable = false)
    private String status = ShipmentStatus.DRAFT.name();

    @Column(name = "ship_date")
    private LocalDate shipDate;

    @Size(max = 300)
    @Column(name = "address")
    private String address;

    @Size(max = 60)
    @Column(name = "carrier")
    private String carrier;

    @Size(max = 60)
    @Column(name = "tracking_no")
    private String trackingNo;

    @Size(max = 60)
    @Column(name = "customer_ref", updatable = false)
    private String customerRef;

    @Size(max = 1000)
    @Column(name = "note")
    private String note;

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo ASC")
    private List<ShipmentLine> lines = new ArrayList<>();

    protected Shipment() {
    }

    /** An empty note that is never saved (the generic form asks its service for a new record). */
    public static Shipment unsaved() {
        return new Shipment();
    }

    /** Refuses a line that ships less than nothing or more than its order line still has outstanding. */
    public void checkLines() {
        lines.forEach(ShipmentLine::check);
    }

    /** A note for what is still outstanding on the order's lines; empty if nothing is. */
    public static Shipment forOutstanding(SalesOrder order, String number) {
        Shipment shipment = new Shipment();
        shipment.number = number;
        shipment.salesOrder = order;
        shipment.setCustomer(order.getCustomer());
        shipment.assignTo(order.getOwner(), order.getDepartment());
        shipment.address = order.getCustomer().getAddress();
        shipment.customerRef = order.getCustomerRef();
        shipment.note = order.getNote();
        for (SalesOrderLine line : order.getLines()) {
            if (line.outstanding().signum() > 0) {
                shipment.lines.add(new ShipmentLine(shipment, shipment.lines.size() + 1, line, line.outstanding()));
            }
        }
        return shipment;
    }

    public ShipmentStatus shipmentStatus() {
        return ShipmentStatus.valueOf(status);
    }

    /**
     * Confirms the shipment: each line's quantity, at most what is outstanding on its order line
     * and at least one line more than nothing; lines of nothing are dropped.
     */
    public void confirm(LocalDate day) {
        if (shipmentStatus() != ShipmentStatus.DRAFT) {
            throw new IllegalStateException("a " + status + " shipment is not shipped");
        }
        for (ShipmentLine line : lines) {
            line.check();
        }
        lines.removeIf(line -> line.getQuantity().signum() == 0);
        if (lines.isEmpty()) {
            throw new BusinessRuleException("shipment.nothingToShip", "lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).setLineNo(i + 1);
        }
        status = ShipmentStatus.SHIPPED.name();
        if (shipDate == null) {
            shipDate = day;
        }
    }

    public void cancel() {
        if (shipmentStatus() != ShipmentStatus.DRAFT) {
            throw new IllegalStateException("a " + status + " shipment is not cancelled");
        }
        status = ShipmentStatus.CANCELLED.name();
    }

    @Override
    public List<ShipmentLine> getLines() {
        return lines;
    }

    /** A shipment's lines come from its order; none are added by hand. */
    @Override
    public void addLine() {
    }

    @Override
    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
            for (int i = 0; i < lines.size(); i++) {
                lines.get(i).setLineNo(i + 1);
            }
        }
    }

    @Override
    public void recalculate() {
    }

    @Override
    public boolean isLinesEditable() {
        return shipmentStatus() == ShipmentStatus.DRAFT;
    }

    /** The total quantity on the note. */
    public BigDecimal getTotalQuantity() {
        return lines.stream().map(ShipmentLine::getQuantity).reduce(BigDecimal.ZERO.setScale(SalesLine.QUANTITY_SCALE), BigDecimal::add);
    }

    public String getNumber() {
        return number;
    }

    public SalesOrder getSalesOrder() {
        return salesOrder;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getShipDate() {
        return shipDate;
    }

    public void setShipDate(LocalDate shipDate) {
        this.shipDate = shipDate;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNo() {
        return trackingNo;
    }

    public void setTrackingNo(String trackingNo) {
        this.trackingNo = trackingNo;
    }

    /** The customer's own order number, from the order, for the delivery papers. */
    public String getCustomerRef() {
        return customerRef;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
