package com.tianzong.crm.sales.domain;

import static com.tianzong.crm.sales.domain.SalesFixtures.DAY;
import static com.tianzong.crm.sales.domain.SalesFixtures.NOW;
import static com.tianzong.crm.sales.domain.SalesFixtures.issuedInvoice;
import static com.tianzong.crm.sales.domain.SalesFixtures.order;
import static com.tianzong.crm.sales.domain.SalesFixtures.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.records.BusinessRuleException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SAL-06: returns against invoice lines, their amounts, and the credit note they give, checked without a database. */
class SalesReturnTest {

    @Test
    void SAL06_aReturnIsDraftedWithWhatIsStillReturnableAtTheInvoicesPrices() {
        SalesOrder order = order();
        order.addLine(product(1, "1000.00", "13"), new BigDecimal("2"));
        order.addLine(product(2, "50.00", "13"), new BigDecimal("10")).setDiscountRate(new BigDecimal("10"));
        Invoice invoice = issuedInvoice(order, "INV202611-0001");

        SalesReturn first = SalesReturn.of(invoice, DAY);
        assertThat(first.getLines()).hasSize(2);
        assertThat(first.getGrossTotal()).isEqualByComparingTo(invoice.getGrossTotal());
        assertThat(first.getLines().get(1).getDiscountRate()).isEqualByComparingTo("10");
        first.getLines().get(0).setQuantity(BigDecimal.ZERO);
        first.getLines().get(1).setQuantity(new BigDecimal("4"));
        first.setReason("包装破损");
        Map<Long, BigDecimal> back = first.post(NOW);
        assertThat(back).containsOnlyKeys(2L);
        assertThat(back.get(2L)).isEqualByComparingTo("4");
        assertThat(first.getLines()).as("lines of nothing dropped").hasSize(1);
        // 4 × 56.50 (incl. VAT) less 10 % = 203.40
        assertThat(first.getGrossTotal()).isEqualByComparingTo("203.40");
        assertThat(first.returnStatus()).isEqualTo(ReturnStatus.POSTED);

        SalesReturn second = SalesReturn.of(invoice, DAY);
        assertThat(second.getLines()).extracting(SalesReturnLine::getQuantity)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("6"));
    }

    @Test
    void SAL06_partialReturnsOfALineAddUpToTheLineToTheFen() {
        SalesOrder order = order();
        order.addLine(product(1, "29.49", "13"), new BigDecimal("3"));
        Invoice invoice = issuedInvoice(order, "INV202611-0002");
        InvoiceLine line = invoice.getLines().get(0);
        // 3 × 33.32 (29.49 + 13 % → 33.3237 → 33.32) = 99.96 with tax, 88.46 without
        assertThat(line.getGrossAmount()).isEqualByComparingTo("99.96");

        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            SalesReturn oneAtATime = SalesReturn.of(invoice, DAY);
            oneAtATime.getLines().get(0).setQuantity(BigDecimal.ONE);
            oneAtATime.setReason("逐件退回");
            oneAtATime.post(NOW);
            net = net.add(oneAtATime.getNetTotal());
            tax = tax.add(oneAtATime.getTaxTotal());
        }
        assertThat(net).as("net of the three returns").isEqualByComparingTo(line.getNetAmount());
        assertThat(tax).as("VAT of the three returns").isEqualByComparingTo(line.getTaxAmount());
        assertThat(line.returnable()).isEqualByComparingTo("0");
    }

    @Test
    void SAL06_refusesMoreThanReturnableNothingAtAllAndAMissingReason() {
        SalesOrder order = order();
        order.addLine(product(1, "100.00", "13"), new BigDecimal("2"));
        Invoice invoice = issuedInvoice(order, "INV202611-0003");

        SalesReturn tooMuch = SalesReturn.of(invoice, DAY);
        tooMuch.setReason("质量问题");
        tooMuch.getLines().get(0).setQuantity(new BigDecimal("3"));
        assertThatThrownBy(tooMuch::checkLines).isInstanceOfSatisfying(BusinessRuleException.class,
                rule -> assertThat(rule.getArguments()).containsExactly("1", "2"));
        assertThatThrownBy(() -> tooMuch.post(NOW)).hasMessageContaining("salesReturn.moreThanInvoiced");
        assertThat(invoice.getLines().get(0).getReturnedQuantity()).as("nothing counted").isEqualByComparingTo("0");

        SalesReturn nothing = SalesReturn.of(invoice, DAY);
        nothing.setReason("质量问题");
        nothing.getLines().get(0).setQuantity(BigDecimal.ZERO);
        assertThatThrownBy(() -> nothing.post(NOW)).hasMessageContaining("salesReturn.nothingReturned");

        SalesReturn noReason = SalesReturn.of(invoice, DAY);
        assertThatThrownBy(() -> noReason.post(NOW)).hasMessageContaining("salesReturn.reasonMissing");
        assertThat(noReason.returnStatus()).isEqualTo(ReturnStatus.DRAFT);
    }

    @Test
    void SAL06_theCreditNoteTakesWhatIsOpenOnTheInvoiceAndTheRestIsTheCustomersCredit() {
        SalesOrder order = order();
        order.addLine(product(1, "1000.00", "13"), BigDecimal.ONE);
        Invoice invoice = issuedInvoice(order, "INV202611-0004");
        invoice.paid(new BigDecimal("1000.00"));
        assertThat(invoice.open()).isEqualByComparingTo("130.00");

        SalesReturn salesReturn = SalesReturn.of(invoice, DAY);
        salesReturn.setReason("客户退货");
        salesReturn.post(NOW);
        CreditNote note = CreditNote.refund(salesReturn, "CN202611-0001", DAY);

        assertThat(note.getGrossTotal()).isEqualByComparingTo("1130.00");
        assertThat(note.getNetTotal().add(note.getTaxTotal())).isEqualTo(note.getGrossTotal());
        assertThat(note.getAppliedAmount()).isEqualByComparingTo("130.00");
        assertThat(note.getUnappliedAmount()).isEqualByComparingTo("1000.00");
        assertThat(invoice.open()).isEqualByComparingTo("0");
        assertThat(invoice.invoiceStatus()).isEqualTo(InvoiceStatus.SETTLED);
        // invoiced − received − credited = open − unapplied credit
        assertThat(invoice.getGrossTotal().subtract(new BigDecimal("1000.00")).subtract(note.getGrossTotal()))
                .isEqualByComparingTo(invoice.open().subtract(note.getUnappliedAmount()));
    }

    @Test
    void SAL07_theCustomersCreditFromACreditNotePaysItsOtherInvoicesOldestFirst() {
        com.tianzong.crm.customer.domain.Customer customer = new com.tianzong.crm.customer.domain.Customer();
        SalesOrder order = order();
        order.setCustomer(customer);
        order.addLine(product(1, "1000.00", "13"), BigDecimal.ONE);
        Invoice returned = issuedInvoice(order, "INV202611-0011");
        returned.paid(new BigDecimal("1000.00"));
        SalesOrder second = order();
        second.setCustomer(customer);
        second.addLine(product(2, "500.00", "13"), BigDecimal.ONE);
        Invoice older = issuedInvoice(second, "INV202611-0012");           // 565.00 open
        SalesOrder third = order();
        third.setCustomer(customer);
        third.addLine(product(3, "1000.00", "13"), BigDecimal.ONE);
        Invoice newer = issuedInvoice(third, "INV202611-0013");            // 1,130.00 open

        SalesReturn salesReturn = SalesReturn.of(returned, DAY);
        salesReturn.setReason("整机退回");
        salesReturn.post(NOW);
        CreditNote note = CreditNote.refund(salesReturn, "CN202611-0002", DAY);
        assertThat(note.getUnappliedAmount()).isEqualByComparingTo("1000.00");

        BigDecimal applied = note.applyOldestFirst(java.util.List.of(older, newer), DAY.plusDays(3));
        assertThat(applied).isEqualByComparingTo("1000.00");
        assertThat(note.getUnappliedAmount()).isEqualByComparingTo("0.00");
        assertThat(note.getAppliedAmount()).isEqualTo(note.getGrossTotal());
        assertThat(older.invoiceStatus()).isEqualTo(InvoiceStatus.SETTLED);
        assertThat(newer.open()).as("1,130.00 − 435.00").isEqualByComparingTo("695.00");
        assertThat(note.getApplications()).extracting(a -> a.getInvoice().getNumber() + " " + a.getAmount().toPlainString())
                .containsExactly("INV202611-0011 130.00", "INV202611-0012 565.00", "INV202611-0013 435.00");
        assertThat(note.applyOldestFirst(java.util.List.of(newer), DAY.plusDays(4))).as("nothing left").isEqualByComparingTo("0.00");
    }

    @Test
    void SAL06_aReplacementIsAFreeOrderOfTheSameGoodsAndHasNoCreditNote() {
        SalesOrder order = order();
        order.addLine(product(1, "299.00", "13"), new BigDecimal("2"));
        Invoice invoice = issuedInvoice(order, "INV202611-0005");
        SalesReturn salesReturn = SalesReturn.of(invoice, DAY);
        salesReturn.setResolution(ReturnResolution.REPLACEMENT.name());
        salesReturn.setReason("屏幕坏点");
        salesReturn.getLines().get(0).setQuantity(BigDecimal.ONE);
        salesReturn.post(NOW);

        SalesOrder replacement = salesReturn.replacementOrder(DAY);
        assertThat(replacement.getLines()).hasSize(1);
        assertThat(replacement.getLines().get(0).getQuantity()).isEqualByComparingTo("1");
        assertThat(replacement.getLines().get(0).getProduct().getId()).isEqualTo(1L);
        assertThat(replacement.getGrossTotal()).isEqualByComparingTo("0");
        assertThat(replacement.orderStatus()).isEqualTo(OrderStatus.DRAFT);
        assertThatThrownBy(() -> CreditNote.refund(salesReturn, "CN202611-0002", DAY)).isInstanceOf(IllegalStateException.class);
        assertThat(invoice.open()).as("a replacement leaves the invoice owed").isEqualByComparingTo(invoice.getGrossTotal());
    }

    @Test
    void SAL09_ledgerOfADayListsInvoicesThenReceiptsThenCreditNotes() {
        BigDecimal zero = new BigDecimal("0.00");
        var entries = LedgerEntry.inOrder(java.util.List.of(
                new LedgerEntry(DAY, LedgerEntry.CREDIT_NOTE, "CN1", zero, new BigDecimal("50.00")),
                new LedgerEntry(DAY, LedgerEntry.RECEIPT, "RC1", zero, new BigDecimal("30.00")),
                new LedgerEntry(DAY, LedgerEntry.INVOICE, "INV1", new BigDecimal("100.00"), zero)));
        assertThat(entries).extracting(LedgerEntry::getNumber).containsExactly("INV1", "RC1", "CN1");
        assertThat(entries).extracting(LedgerEntry::getBalance).containsExactly(
                new BigDecimal("100.00"), new BigDecimal("70.00"), new BigDecimal("20.00"));
    }
}
