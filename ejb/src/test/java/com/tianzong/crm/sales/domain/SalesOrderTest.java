package com.tianzong.crm.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.platform.records.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SAL-03, SAL-04: quotes and orders as documents, an order's life and what it reserves, checked without a database. */
class SalesOrderTest {

    private static final OffsetDateTime NOW = SalesFixtures.NOW;

    @Test
    void SAL04_totalsAreTheSumsOfTheRoundedLines() {
        SalesOrder order = order();
        order.addLine(product(1, "1250.00", "13"), new BigDecimal("3"));
        order.addLine(product(2, "19.99", "13"), new BigDecimal("7")).setDiscountRate(new BigDecimal("5"));
        order.recalculate();
        // 3 × 1,412.50 (price incl. VAT) = 4,237.50; 7 × 22.59 less 5 % = 150.2235 → 150.22
        assertThat(order.getGrossTotal()).isEqualByComparingTo("4387.72");
        BigDecimal net = order.getLines().stream().map(SalesLine::getNetAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = order.getLines().stream().map(SalesLine::getTaxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(order.getNetTotal()).isEqualTo(net);
        assertThat(order.getTaxTotal()).isEqualTo(tax);
        assertThat(order.getNetTotal().add(order.getTaxTotal())).isEqualTo(order.getGrossTotal());
    }

    @Test
    void SAL03_choosingAProductTakesItsPriceOnTheDocumentsBasisAndItsTaxRate() {
        SalesOrder withTax = order();
        SalesLine line = withTax.addLine(product(1, "100.00", "9"), BigDecimal.ONE);
        assertThat(line.getUnitPrice()).isEqualByComparingTo("109.00");
        assertThat(line.getTaxRate()).isEqualByComparingTo("9");

        SalesOrder withoutTax = order();
        withoutTax.setPricesIncludeTax(false);
        assertThat(withoutTax.addLine(product(1, "100.00", "9"), BigDecimal.ONE).getUnitPrice()).isEqualByComparingTo("100.00");
    }

    @Test
    void SAL03_incompleteLinesAreRefusedByNumber() {
        SalesOrder order = order();
        assertThatThrownBy(order::checkLines).isInstanceOf(BusinessRuleException.class).hasMessageContaining("document.noLines");
        order.addLine(product(1, "10.00", "13"), BigDecimal.ONE);
        order.addLine();
        assertThatThrownBy(order::checkLines).isInstanceOfSatisfying(BusinessRuleException.class,
                rule -> assertThat(rule.getArguments()).containsExactly("2"));
        order.removeLine(1);
        order.getLines().get(0).setQuantity(new BigDecimal("0.0001"));
        assertThatThrownBy(order::checkLines).hasMessageContaining("document.line.quantityInvalid");
        order.getLines().get(0).setQuantity(BigDecimal.ONE);
        order.getLines().get(0).setDiscountRate(new BigDecimal("101"));
        assertThatThrownBy(order::checkLines).hasMessageContaining("document.line.discountInvalid");
    }

    @Test
    void SAL04_postingReservesEachProductOnceForAllItsLines() {
        SalesOrder order = order();
        Product printer = product(1, "1000.00", "13");
        order.addLine(printer, new BigDecimal("2"));
        order.addLine(product(2, "5.00", "13"), new BigDecimal("10"));
        order.addLine(printer, new BigDecimal("1.5"));
        Map<Long, BigDecimal> reserved = order.post(NOW, null);
        assertThat(reserved).containsOnlyKeys(1L, 2L);
        assertThat(reserved.get(1L)).isEqualByComparingTo("3.5");
        assertThat(order.orderStatus()).isEqualTo(OrderStatus.POSTED);
        assertThat(order.isLinesEditable()).isFalse();
        assertThat(order.getPostedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> order.post(NOW, null)).as("posted twice").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void SAL04_partialShipmentsMoveTheOrderOnAndUseUpTheReservation() {
        SalesOrder order = order();
        order.addLine(product(1, "1000.00", "13"), new BigDecimal("5"));
        order.post(NOW, null);
        SalesOrderLine line = order.getLines().get(0);

        assertThat(order.shipped(line, new BigDecimal("2"))).isEqualByComparingTo("2");
        assertThat(order.orderStatus()).isEqualTo(OrderStatus.PARTLY_SHIPPED);
        assertThat(line.outstanding()).isEqualByComparingTo("3");
        assertThat(line.getReservedQuantity()).isEqualByComparingTo("3");
        assertThat(OrderStatus.PARTLY_SHIPPED.canReopen(order.isAnythingShipped())).isFalse();
        assertThat(order.orderStatus().canCancel(order.isAnythingShipped())).as("something has left").isFalse();
        assertThatThrownBy(() -> order.shipped(line, new BigDecimal("4"))).as("more than outstanding").isInstanceOf(IllegalArgumentException.class);

        order.shipped(line, new BigDecimal("3"));
        assertThat(order.orderStatus()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(line.getReservedQuantity()).isZero();
    }

    @Test
    void SAL04_reopeningCancellingAndClosingShortGiveTheReservationBack() {
        SalesOrder reopened = order();
        reopened.addLine(product(1, "10.00", "13"), new BigDecimal("4"));
        reopened.post(NOW, "大客户年底备货");
        assertThat(reopened.reopen().get(1L)).isEqualByComparingTo("4");
        assertThat(reopened.orderStatus()).isEqualTo(OrderStatus.DRAFT);
        assertThat(reopened.getCreditOverrideReason()).as("a new posting needs its own approval").isNull();
        assertThat(reopened.isLinesEditable()).isTrue();

        SalesOrder closed = order();
        closed.addLine(product(1, "10.00", "13"), new BigDecimal("4"));
        closed.post(NOW, null);
        assertThatThrownBy(() -> closed.closeShort("客户不要了")).as("nothing shipped yet: cancel instead").isInstanceOf(IllegalStateException.class);
        closed.shipped(closed.getLines().get(0), BigDecimal.ONE);
        assertThat(closed.closeShort("客户不要了").get(1L)).isEqualByComparingTo("3");
        assertThat(closed.orderStatus()).isEqualTo(OrderStatus.CLOSED);

        SalesOrder cancelled = order();
        cancelled.addLine(product(1, "10.00", "13"), new BigDecimal("4"));
        assertThat(cancelled.cancel("重复下单").get(1L)).as("a draft reserved nothing").isEqualByComparingTo("0");
        assertThat(cancelled.orderStatus()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void SAL04_everyTransitionIsAllowedOnlyFromItsStatuses() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(status.canPost()).as("post " + status).isEqualTo(status == OrderStatus.DRAFT);
            assertThat(status.canShip()).as("ship " + status).isEqualTo(status == OrderStatus.POSTED || status == OrderStatus.PARTLY_SHIPPED);
            assertThat(status.canReopen(false)).as("reopen " + status).isEqualTo(status == OrderStatus.POSTED);
            assertThat(status.canReopen(true)).as("reopen shipped " + status).isFalse();
            assertThat(status.canCancel(false)).as("cancel " + status).isEqualTo(status == OrderStatus.DRAFT || status == OrderStatus.POSTED);
            assertThat(status.canCloseShort()).as("close " + status).isEqualTo(status == OrderStatus.PARTLY_SHIPPED);
        }
        assertThatThrownBy(() -> OrderStatus.DRAFT.afterShipment(true)).isInstanceOf(IllegalStateException.class);
        assertThat(OrderStatus.UNINVOICED).containsExactlyInAnyOrder(OrderStatus.POSTED, OrderStatus.PARTLY_SHIPPED, OrderStatus.SHIPPED);
    }

    @Test
    void SAL03_aQuoteBecomesADraftOrderWithItsLinesTermsAndTotals() {
        Quote quote = new Quote();
        quote.setDocumentDate(LocalDate.of(2026, 11, 1));
        quote.setValidUntil(LocalDate.of(2026, 11, 30));
        quote.setPaymentTerms("月结 30 天");
        quote.addLine(product(1, "88.00", "13"), new BigDecimal("12")).setDiscountRate(new BigDecimal("10"));
        quote.recalculate();
        quote.markSent();

        SalesOrder order = SalesOrder.fromQuote(quote, LocalDate.of(2026, 11, 20));
        quote.markOrdered(order);
        assertThat(order.getLines()).hasSize(1);
        assertThat(order.getLines().get(0).getDiscountRate()).isEqualByComparingTo("10");
        assertThat(order.getGrossTotal()).isEqualTo(quote.getGrossTotal());
        assertThat(order.getPaymentTerms()).isEqualTo("月结 30 天");
        assertThat(order.getQuote()).isSameAs(quote);
        assertThat(quote.quoteStatus()).isEqualTo(QuoteStatus.ORDERED);
        assertThat(quote.isLinesEditable()).isFalse();
        assertThat(quote.isExpired(LocalDate.of(2026, 12, 1))).isTrue();
        assertThatThrownBy(() -> quote.markLost("价格高")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void SAL04_theCreditCheckCountsOrdersOnHandLessAdvancesAndZeroMeansUncontrolled() {
        CreditCheck check = new CreditCheck(new BigDecimal("100000.00"), new BigDecimal("30000.00"), new BigDecimal("50000.00"),
                new BigDecimal("5000.00"));
        assertThat(check.exposure()).isEqualByComparingTo("75000.00");
        assertThat(check.available()).isEqualByComparingTo("25000.00");
        assertThat(check.allows(new BigDecimal("25000.00"))).as("exactly the rest").isTrue();
        assertThat(check.allows(new BigDecimal("25000.01"))).isFalse();
        CreditCheck uncontrolled = new CreditCheck(BigDecimal.ZERO, new BigDecimal("999999"), BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(uncontrolled.allows(new BigDecimal("1000000"))).isTrue();
    }

    @Test
    void SAL04_theStockCheckAddsLinesOfOneProductAndComparesWithWhatIsNotReserved() {
        SalesOrder order = order();
        Product printer = product(1, "1000.00", "13");
        order.addLine(printer, new BigDecimal("2"));
        order.addLine(printer, new BigDecimal("2"));
        order.addLine(product(2, "5.00", "13"), new BigDecimal("1"));
        Map<Long, BigDecimal> requested = StockCheck.requested(order.getLines());
        List<StockCheck.Shortage> shortages = StockCheck.shortages(requested, Map.of(
                1L, new StockCheck.Stock(new BigDecimal("10"), new BigDecimal("7")),
                2L, new StockCheck.Stock(new BigDecimal("1"), BigDecimal.ZERO)));
        assertThat(shortages).hasSize(1);
        assertThat(shortages.get(0).productId()).isEqualTo(1L);
        assertThat(shortages.get(0).available()).isEqualByComparingTo("3");
        assertThat(shortages.get(0).missing()).isEqualByComparingTo("1");
        assertThat(StockCheck.shortages(Map.of(3L, BigDecimal.ONE), Map.of())).as("a product without stock").hasSize(1);
    }

    private static SalesOrder order() {
        return SalesFixtures.order();
    }

    private static Product product(long id, String listPrice, String taxRate) {
        return SalesFixtures.product(id, listPrice, taxRate);
    }
}
