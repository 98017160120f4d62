package com.tianzong.crm.sales.domain;

import static com.tianzong.crm.sales.domain.SalesFixtures.NOW;
import static com.tianzong.crm.sales.domain.SalesFixtures.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.catalog.domain.Product;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SAL-08: the till's cart and its payment, without a database. */
class CashSaleTest {

    private final Product drive = product(1, "2980.00", "13");   // 3,367.40 with VAT
    private final Product motor = product(2, "3680.00", "13");   // 4,158.40 with VAT

    @Test
    void SAL08_scanningAProductAgainAddsOneToItsLine() {
        CashSale cart = cart();
        cart.scanned(drive);
        cart.scanned(motor);
        cart.scanned(drive);
        assertThat(cart.getLines()).hasSize(2);
        assertThat(cart.getLines().get(0).getQuantity()).isEqualByComparingTo("2");
        assertThat(cart.getGrossTotal()).isEqualByComparingTo("10893.20");
    }

    @Test
    void SAL08_cashGivesChangeAndMustCoverTheTotal() {
        CashSale cart = cart();
        cart.scanned(drive);
        cart.setTendered(new BigDecimal("3000"));
        CashSale tooLittle = cart.copyForPayment();
        assertThatThrownBy(() -> tooLittle.pay(NOW)).hasMessageContaining("pos.tenderedTooLittle");
        assertThat(tooLittle.isLinesEditable()).as("still at the till").isTrue();

        cart.setTendered(new BigDecimal("3400.00"));
        assertThat(cart.changeDue()).isEqualByComparingTo("32.60");
        CashSale sale = cart.copyForPayment();
        Map<Long, BigDecimal> leaving = sale.pay(NOW);
        assertThat(leaving).containsOnlyKeys(1L);
        assertThat(sale.getChangeGiven()).isEqualByComparingTo("32.60");
        assertThat(sale.getStatus()).isEqualTo(CashSale.PAID);
        assertThat(cart.getStatus()).as("the cashier's cart is untouched").isEqualTo(CashSale.OPEN);
        assertThatThrownBy(() -> sale.scanned(motor)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void SAL08_aCardPaysExactlyTheTotalAndAnEmptyCartIsRefused() {
        CashSale empty = cart();
        empty.setPaymentMethod("CARD");
        assertThatThrownBy(() -> empty.copyForPayment().pay(NOW)).hasMessageContaining("document.noLines");

        CashSale cart = cart();
        cart.scanned(motor);
        cart.setPaymentMethod("CARD");
        cart.setTendered(new BigDecimal("9999.00"));
        CashSale sale = cart.copyForPayment();
        sale.pay(NOW);
        assertThat(sale.getTendered()).isEqualByComparingTo("4158.40");
        assertThat(sale.getChangeGiven()).isEqualByComparingTo("0");
    }

    @Test
    void SAL08_anAmountTenderedFinerThanAFenIsRefused() {
        CashSale cart = cart();
        cart.scanned(drive);
        cart.setTendered(new BigDecimal("3400.001"));
        assertThatThrownBy(() -> cart.copyForPayment().pay(NOW)).hasMessageContaining("pos.tenderedInvalid");
    }

    private static CashSale cart() {
        CashSale cart = new CashSale();
        cart.setDocumentDate(SalesFixtures.DAY);
        return cart;
    }
}
