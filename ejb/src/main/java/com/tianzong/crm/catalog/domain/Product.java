package com.tianzong.crm.catalog.domain;

import com.tianzong.crm.platform.persistence.Scaled;
import com.tianzong.crm.platform.persistence.TimestampedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A product of the company's file (产品档案, BAS-01): what it is, how it is counted, what it costs
 * and sells for, how long its warranty runs and how many are in stock.
 */
@Entity
@Table(name = "product")
public class Product extends TimestampedRecord {

    private static final long serialVersionUID = 1L;
    public static final int MONEY_SCALE = 2;
    public static final int RATE_SCALE = 2;
    public static final int QUANTITY_SCALE = 3;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9_.\\-]*", message = "{product.code.pattern}")
    @Column(name = "code", nullable = false)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false)
    private String name;

    @Size(max = 200)
    @Column(name = "spec")
    private String spec;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private ProductCategory category;

    @NotBlank
    @Column(name = "unit", nullable = false)
    private String unit;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 16, fraction = 2)
    @Column(name = "list_price", nullable = false, precision = 18, scale = 2)
    private BigDecimal listPrice = BigDecimal.ZERO.setScale(MONEY_SCALE);

    @DecimalMin("0.00")
    @Digits(integer = 16, fraction = 2)
    @Column(name = "cost", precision = 18, scale = 2)
    private BigDecimal cost;

    /** Value-added tax in percent (13.00 for 13 %). */
    @NotNull
    @DecimalMin("0.00")
    @DecimalMax("100.00")
    @Digits(integer = 3, fraction = 2)
    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal taxRate = new BigDecimal("13.00");

    /** EAN-8, UPC-A, EAN-13 or GTIN-14 digits, or the company's own code of letters and digits. */
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9\\-]*", message = "{product.barcode.pattern}")
    @Column(name = "barcode")
    private String barcode;

    @NotNull
    @Digits(integer = 11, fraction = 3)
    @Column(name = "stock_on_hand", nullable = false, precision = 14, scale = 3)
    private BigDecimal stockOnHand = BigDecimal.ZERO.setScale(QUANTITY_SCALE);

    /** What posted orders hold until they ship; written only by posting, shipping and closing orders. */
    @Column(name = "stock_reserved", nullable = false, insertable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal stockReserved = BigDecimal.ZERO.setScale(QUANTITY_SCALE);

    @Min(0)
    @Max(1200)
    @Column(name = "warranty_months", nullable = false)
    private int warrantyMonths;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    public BigDecimal getStockReserved() {
        return stockReserved;
    }

    /** On hand less reserved: what a new order can still have. */
    public BigDecimal getStockAvailable() {
        return stockOnHand.subtract(stockReserved == null ? BigDecimal.ZERO : stockReserved);
    }

    /** The list price with tax for an amount without: list price × (1 + rate), to the cent. */
    public BigDecimal listPriceWithTax() {
        BigDecimal factor = BigDecimal.ONE.add(taxRate.movePointLeft(2));
        return listPrice.multiply(factor).setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /** Gross margin of the list price in percent, to two decimals; empty without a cost or a price. */
    public java.util.Optional<BigDecimal> listMarginPercent() {
        if (cost == null || listPrice.signum() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(listPrice.subtract(cost).movePointRight(2).divide(listPrice, RATE_SCALE, RoundingMode.HALF_UP));
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

    public String getSpec() {
        return spec;
    }

    public void setSpec(String spec) {
        this.spec = spec == null || spec.isBlank() ? null : spec.strip();
    }

    public ProductCategory getCategory() {
        return category;
    }

    public void setCategory(ProductCategory category) {
        this.category = category;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public void setListPrice(BigDecimal listPrice) {
        this.listPrice = Scaled.exactly(listPrice, MONEY_SCALE);
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = Scaled.exactly(cost, MONEY_SCALE);
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public void setTaxRate(BigDecimal taxRate) {
        this.taxRate = Scaled.exactly(taxRate, RATE_SCALE);
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode == null || barcode.isBlank() ? null : barcode.strip();
    }

    public BigDecimal getStockOnHand() {
        return stockOnHand;
    }

    public void setStockOnHand(BigDecimal stockOnHand) {
        this.stockOnHand = Scaled.exactly(stockOnHand, QUANTITY_SCALE);
    }

    public Integer getWarrantyMonths() {
        return warrantyMonths;
    }

    public void setWarrantyMonths(Integer warrantyMonths) {
        this.warrantyMonths = warrantyMonths == null ? 0 : warrantyMonths;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

}
