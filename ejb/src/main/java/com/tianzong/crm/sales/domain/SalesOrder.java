package com.tianzong.crm.sales.domain;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sales order (销售订单, SAL-04) through its life ({@link OrderStatus}). The stock it reserves
 * is kept per line, so that shipping, reopening, cancelling and closing short give back exactly
 * what was reserved; the changes per product are returned for the service to apply to stock.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder extends SalesDocument<SalesOrderLine> {

    private static final long serialVersionUID = 1L;

    @Size(max = 60)
    @Column(name = "customer_ref")
    private String customerRef;

    @Column(name = "delivery_date")
    private LocalDate deliveryDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quote_id")
    private Quote quote;

    @Size(max = 500)
    @Column(name = "credit_override_reason")
    private String creditOverrideReason;

    @Column(name = "posted_at")
    private OffsetDateTime postedAt;

    @Size(max = 500)
    @Column(name = "close_reason")
    private String closeReason;

    @OneToMany(mappedBy = "salesOrder", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo ASC")
    private List<SalesOrderLine> lines = new ArrayList<>();

    public SalesOrder() {
        super(OrderStatus.DRAFT.name());
    }

    /** A draft order of the quote's customer, terms and lines. */
    public static SalesOrder fromQuote(Quote quote, LocalDate orderDate) {
        SalesOrder order = new SalesOrder();
        order.setCustomer(quote.getCustomer());
        order.assignTo(quote.getOwner(), quote.getDepartment());
        order.quote = quote;
        order.setDocumentDate(orderDate);
        order.setPaymentTerms(quote.getPaymentTerms());
        order.setPricesIncludeTax(quote.isPricesIncludeTax());
        order.setNote(quote.getNote());
        for (QuoteLine quoted : quote.getLines()) {
            order.addLine();
            order.lines.get(order.lines.size() - 1).copyFrom(quoted);
        }
        order.recalculate();
        return order;
    }

    @Override
    public List<SalesOrderLine> getLines() {
        return lines;
    }

    @Override
    protected SalesOrderLine createLine() {
        return new SalesOrderLine(this);
    }

    @Override
    protected boolean isDraft() {
        return orderStatus() == OrderStatus.DRAFT;
    }

    public OrderStatus orderStatus() {
        return OrderStatus.valueOf(getStatus());
    }

    public boolean isAnythingShipped() {
        return lines.stream().anyMatch(line -> line.getShippedQuantity().signum() > 0);
    }

    /**
     * Posts the draft: its lines' outstanding quantities are reserved. Returns how much more of
     * each product is now reserved.
     */
    public Map<Long, BigDecimal> post(OffsetDateTime at, String overrideReason) {
        if (!orderStatus().canPost()) {
            throw new IllegalStateException("a " + getStatus() + " order is not posted");
        }
        checkLines();
        Map<Long, BigDecimal> reserved = new LinkedHashMap<>();
        for (SalesOrderLine line : lines) {
            reserved.merge(line.getProduct().getId(), line.reserveOutstanding(), BigDecimal::add);
        }
        setStatus(OrderStatus.POSTED.name());
        postedAt = at;
        creditOverrideReason = overrideReason;
        return reserved;
    }

    /** Back to a draft, the reservation given up; returns what is released per product. */
    public Map<Long, BigDecimal> reopen() {
        if (!orderStatus().canReopen(isAnythingShipped())) {
            throw new IllegalStateException("a " + getStatus() + " order is not reopened");
        }
        setStatus(OrderStatus.DRAFT.name());
        postedAt = null;
        creditOverrideReason = null;
        return releaseAll();
    }

    public Map<Long, BigDecimal> cancel(String reason) {
        if (!orderStatus().canCancel(isAnythingShipped())) {
            throw new IllegalStateException("a " + getStatus() + " order is not cancelled");
        }
        setStatus(OrderStatus.CANCELLED.name());
        closeReason = reason;
        return releaseAll();
    }

    /** Closes a partly shipped order without the rest; returns what is released per product. */
    public Map<Long, BigDecimal> closeShort(String reason) {
        if (!orderStatus().canCloseShort()) {
            throw new IllegalStateException("a " + getStatus() + " order is not closed short");
        }
        setStatus(OrderStatus.CLOSED.name());
        closeReason = reason;
        return releaseAll();
    }

    /**
     * Records that {@code quantity} of a line left the warehouse, and moves the order on to partly
     * shipped or shipped; returns how much of the line's reservation that used up.
     */
    public BigDecimal shipped(SalesOrderLine line, BigDecimal quantity) {
        if (!orderStatus().canShip() || !lines.contains(line)) {
            throw new IllegalStateException("a " + getStatus() + " order does not ship line " + line.getLineNo());
        }
        BigDecimal used = line.ship(quantity);
        boolean everything = lines.stream().allMatch(each -> each.outstanding().signum() == 0);
        setStatus(orderStatus().afterShipment(everything).name());
        return used;
    }

    /** Whether something shipped is still to be invoiced. */
    public boolean isInvoiceable() {
        return lines.stream().anyMatch(line -> line.invoiceable().signum() > 0);
    }

    /** A shipped order with nothing shipped left to invoice is invoiced. */
    void invoicedAsFarAsShipped() {
        if (orderStatus() == OrderStatus.SHIPPED && !isInvoiceable()) {
            setStatus(OrderStatus.INVOICED.name());
        }
    }

    private Map<Long, BigDecimal> releaseAll() {
        Map<Long, BigDecimal> released = new LinkedHashMap<>();
        for (SalesOrderLine line : lines) {
            released.merge(line.getProduct().getId(), line.release(), BigDecimal::add);
        }
        return released;
    }

    public String getCustomerRef() {
        return customerRef;
    }

    public void setCustomerRef(String customerRef) {
        this.customerRef = customerRef;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public void setDeliveryDate(LocalDate deliveryDate) {
        this.deliveryDate = deliveryDate;
    }

    public Quote getQuote() {
        return quote;
    }

    public String getCreditOverrideReason() {
        return creditOverrideReason;
    }

    public OffsetDateTime getPostedAt() {
        return postedAt;
    }

    public String getCloseReason() {
        return closeReason;
    }
}
