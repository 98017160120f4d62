package com.tianzong.crm.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** BAS-01 product rules that need no container. */
class ProductTest {

    @Test
    void BAS01_gtinCheckDigitCatchesTypingErrors() {
        assertThat(Barcodes.checkDigitValid("6901234567892")).isTrue();   // EAN-13
        assertThat(Barcodes.checkDigitValid("6901234567893")).isFalse();  // last digit mistyped
        assertThat(Barcodes.checkDigitValid("6901234567829")).isFalse();  // two digits swapped
        assertThat(Barcodes.checkDigitValid("96385074")).isTrue();        // EAN-8
        assertThat(Barcodes.checkDigitValid("036000291452")).isTrue();    // UPC-A
        assertThat(Barcodes.checkDigitValid("10614141000415")).isTrue();  // GTIN-14
        assertThat(Barcodes.checkDigitValid("TZ-MOTOR-001")).as("the company's own code").isTrue();
        assertThat(Barcodes.checkDigitValid("1234567")).as("7 digits: not a GTIN").isTrue();
        assertThat(Barcodes.isGtin("6901234567892")).isTrue();
        assertThat(Barcodes.isGtin("69012345678")).isFalse();
    }

    @Test
    void BAS01_priceWithTaxAndMarginToTheCent() {
        Product product = new Product();
        product.setListPrice(new BigDecimal("3680.00"));
        product.setCost(new BigDecimal("2790.00"));
        product.setTaxRate(new BigDecimal("13"));
        // 3,680.00 × 1.13 = 4,158.40
        assertThat(product.listPriceWithTax()).isEqualByComparingTo("4158.40").hasScaleOf(2);
        // (3,680 − 2,790) ÷ 3,680 = 24.184… % → 24.18
        assertThat(product.listMarginPercent()).get().isEqualTo(new BigDecimal("24.18"));
        product.setListPrice(new BigDecimal("86.55"));
        product.setTaxRate(new BigDecimal("6.00"));
        // 86.55 × 1.06 = 91.743 → 91.74
        assertThat(product.listPriceWithTax()).isEqualByComparingTo("91.74");
        product.setCost(null);
        assertThat(product.listMarginPercent()).isEmpty();
    }

    @Test
    void BAS01_amountsKeepTheirScaleAndExtraDecimalsAreLeftForValidation() {
        Product product = new Product();
        product.setListPrice(new BigDecimal("12"));
        assertThat(product.getListPrice()).isEqualTo(new BigDecimal("12.00"));
        product.setStockOnHand(new BigDecimal("2.5"));
        assertThat(product.getStockOnHand()).isEqualTo(new BigDecimal("2.500"));
        product.setListPrice(new BigDecimal("12.345"));
        assertThat(product.getListPrice()).as("not rounded behind the user's back").isEqualTo(new BigDecimal("12.345"));
        product.setBarcode("  ");
        assertThat(product.getBarcode()).isNull();
        product.setWarrantyMonths(null);
        assertThat(product.getWarrantyMonths()).isZero();
    }

    @Test
    void BAS01_categoryPathsFollowTheTreeAndCyclesAreSeen() {
        ProductCategory motors = category("电机", null);
        ProductCategory servo = category("伺服电机", motors);
        ProductCategory small = category("小功率", servo);
        assertThat(small.getPath()).isEqualTo("电机 / 伺服电机 / 小功率");
        assertThat(motors.isAncestorOf(small)).isTrue();
        assertThat(servo.isAncestorOf(servo)).isTrue();
        assertThat(small.isAncestorOf(motors)).isFalse();
        motors.setName("电动机");
        motors.refreshPath();
        servo.refreshPath();
        small.refreshPath();
        assertThat(small.getPath()).isEqualTo("电动机 / 伺服电机 / 小功率");
    }

    private static ProductCategory category(String name, ProductCategory parent) {
        ProductCategory category = new ProductCategory();
        category.setName(name);
        category.setParent(parent);
        category.refreshPath();
        return category;
    }
}
