package com.tianzong.crm.customer.domain;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.platform.persistence.Scaled;
import com.tianzong.crm.platform.persistence.Trimmed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's stock and sales of one product in one month, as the customer reports them
 * (客户进销存, CUS-08): opening stock, goods received, goods sold and the counted closing stock.
 * What the figures should give (opening + received − sold) against what was counted shows
 * losses or unreported sales.
 */
@Entity
@Table(name = "stock_report")
public class StockReport extends CustomerRecord {

    private static final long serialVersionUID = 1L;
    public static final int QUANTITY_SCALE = 3;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @NotNull
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("99999999999.999")
    @Digits(integer = 11, fraction = QUANTITY_SCALE)
    @Column(name = "opening_qty", nullable = false, precision = 14, scale = 3)
    private BigDecimal openingQty;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("99999999999.999")
    @Digits(integer = 11, fraction = QUANTITY_SCALE)
    @Column(name = "received_qty", nullable = false, precision = 14, scale = 3)
    private BigDecimal receivedQty = quantity(BigDecimal.ZERO);

    @NotNull
    @DecimalMin("0")
    @DecimalMax("99999999999.999")
    @Digits(integer = 11, fraction = QUANTITY_SCALE)
    @Column(name = "sold_qty", nullable = false, precision = 14, scale = 3)
    private BigDecimal soldQty = quantity(BigDecimal.ZERO);

    @NotNull
    @DecimalMin("0")
    @DecimalMax("99999999999.999")
    @Digits(integer = 11, fraction = QUANTITY_SCALE)
    @Column(name = "closing_qty", nullable = false, precision = 14, scale = 3)
    private BigDecimal closingQty;

    @Size(max = 200)
    @Column(name = "note")
    private String note;

    /** What the closing stock should be from the month's movements. */
    public BigDecimal getExpectedClosingQty() {
        return openingQty == null ? null : openingQty.add(receivedQty).subtract(soldQty);
    }

    /** Counted minus expected: negative is stock gone without being reported sold. */
    public BigDecimal getDifferenceQty() {
        BigDecimal expected = getExpectedClosingQty();
        return expected == null || closingQty == null ? null : closingQty.subtract(expected);
    }

    private static BigDecimal quantity(BigDecimal value) {
        return Scaled.exactly(value, QUANTITY_SCALE);
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    /** A report covers a calendar month: any day given stands for its month. */
    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart == null ? null : periodStart.withDayOfMonth(1);
    }

    public BigDecimal getOpeningQty() {
        return openingQty;
    }

    public void setOpeningQty(BigDecimal openingQty) {
        this.openingQty = quantity(openingQty);
    }

    public BigDecimal getReceivedQty() {
        return receivedQty;
    }

    public void setReceivedQty(BigDecimal receivedQty) {
        this.receivedQty = quantity(receivedQty == null ? BigDecimal.ZERO : receivedQty);
    }

    public BigDecimal getSoldQty() {
        return soldQty;
    }

    public void setSoldQty(BigDecimal soldQty) {
        this.soldQty = quantity(soldQty == null ? BigDecimal.ZERO : soldQty);
    }

    public BigDecimal getClosingQty() {
        return closingQty;
    }

    public void setClosingQty(BigDecimal closingQty) {
        this.closingQty = quantity(closingQty);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = Trimmed.orNull(note);
    }
}
