package com.tianzong.crm.sales.domain;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.platform.persistence.Scaled;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;

/**
 * One product line of a sales document: how many, at what unit price (with or without VAT, as
 * the document says), less what discount, at what VAT rate, and the amounts that follow
 * ({@link LineAmounts}). Choosing a product takes its list price and tax rate as the starting
 * point; both can then be changed on the line.
 */
@MappedSuperclass
public abstract class SalesLine extends TenantRecord {

    private static final long serialVersionUID = 1L;
    public static final int QUANTITY_SCALE = 3;
    public static final int MONEY_SCALE = 2;
    public static final int RATE_SCALE = 2;
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 18, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "discount_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountRate = BigDecimal.ZERO.setScale(RATE_SCALE);

    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal taxRate;

    @Column(name = "net_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal netAmount = BigDecimal.ZERO.setScale(MONEY_SCALE);

    @Column(name = "tax_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal taxAmount = BigDecimal.ZERO.setScale(MONEY_SCALE);

    @Column(name = "gross_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal grossAmount = BigDecimal.ZERO.setScale(MONEY_SCALE);

    /** The document the line belongs to. */
    public abstract SalesDocument<?> document();

    /** The line's amounts from what it says now; zero while its quantity or price is missing. */
    public LineAmounts amounts() {
        if (quantity == null || unitPrice == null || taxRate == null || !isComplete()) {
            return LineAmounts.zero();
        }
        return LineAmounts.of(quantity, unitPrice, discountRate == null ? BigDecimal.ZERO : discountRate, taxRate,
                document().priceBasis());
    }

    void recalculate() {
        LineAmounts amounts = amounts();
        netAmount = amounts.net();
        taxAmount = amounts.tax();
        grossAmount = amounts.gross();
    }

    /** Whether the line can be worked out: a product and a quantity, price, discount and tax rate in range. */
    boolean isComplete() {
        return product != null && quantity != null && quantity.signum() > 0 && unitPrice != null && unitPrice.signum() >= 0
                && taxRate != null && taxRate.signum() >= 0 && taxRate.compareTo(HUNDRED) <= 0
                && (discountRate == null || discountRate.signum() >= 0 && discountRate.compareTo(HUNDRED) <= 0);
    }

    /** Refuses an incomplete line, naming its number and what is wrong with it. */
    void check() {
        String number = Integer.toString(lineNo);
        if (product == null) {
            throw new BusinessRuleException("document.line.productMissing", "lines", number);
        }
        if (quantity == null || quantity.signum() <= 0 || tooPrecise(quantity, QUANTITY_SCALE)) {
            throw new BusinessRuleException("document.line.quantityInvalid", "lines", number);
        }
        if (unitPrice == null || unitPrice.signum() < 0 || tooPrecise(unitPrice, MONEY_SCALE)) {
            throw new BusinessRuleException("document.line.priceInvalid", "lines", number);
        }
        if (discountRate != null && (discountRate.signum() < 0 || discountRate.compareTo(HUNDRED) > 0)) {
            throw new BusinessRuleException("document.line.discountInvalid", "lines", number);
        }
        if (taxRate == null || taxRate.signum() < 0 || taxRate.compareTo(HUNDRED) > 0) {
            throw new BusinessRuleException("document.line.taxRateInvalid", "lines", number);
        }
    }

    private static boolean tooPrecise(BigDecimal value, int scale) {
        return value.stripTrailingZeros().scale() > scale;
    }

    /** Copies product, quantity, prices and rates from another line (a quote's line into an order). */
    protected void copyFrom(SalesLine other) {
        this.product = other.product;
        this.quantity = other.quantity;
        this.unitPrice = other.unitPrice;
        this.discountRate = other.discountRate;
        this.taxRate = other.taxRate;
    }

    public int getLineNo() {
        return lineNo;
    }

    void setLineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    public Product getProduct() {
        return product;
    }

    /**
     * Sets the product; a different product brings its list price (with VAT where the document's
     * prices include it) and its tax rate.
     */
    public void setProduct(Product product) {
        boolean changed = product != null && (this.product == null || !this.product.getId().equals(product.getId()));
        this.product = product;
        if (changed) {
            taxRate = product.getTaxRate();
            unitPrice = document().priceBasis() == PriceBasis.INCLUDING_TAX ? product.listPriceWithTax() : product.getListPrice();
        }
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = Scaled.exactly(quantity, QUANTITY_SCALE);
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = Scaled.exactly(unitPrice, MONEY_SCALE);
    }

    public BigDecimal getDiscountRate() {
        return discountRate;
    }

    public void setDiscountRate(BigDecimal discountRate) {
        this.discountRate = discountRate == null ? BigDecimal.ZERO.setScale(RATE_SCALE) : Scaled.exactly(discountRate, RATE_SCALE);
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public void setTaxRate(BigDecimal taxRate) {
        this.taxRate = Scaled.exactly(taxRate, RATE_SCALE);
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }

    public BigDecimal getGrossAmount() {
        return grossAmount;
    }
}
