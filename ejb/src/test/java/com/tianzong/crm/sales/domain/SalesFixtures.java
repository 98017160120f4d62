package com.tianzong.crm.sales.domain;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.platform.persistence.TenantRecord;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Sales documents for domain tests, without a database: products with ids, an order, an issued invoice. */
final class SalesFixtures {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");

    private SalesFixtures() {
    }

    static SalesOrder order() {
        SalesOrder order = new SalesOrder();
        order.setDocumentDate(DAY);
        return order;
    }

    static Product product(long id, String listPrice, String taxRate) {
        Product product = new Product();
        product.setCode("P" + id);
        product.setName("产品" + id);
        product.setListPrice(new BigDecimal(listPrice));
        product.setTaxRate(new BigDecimal(taxRate));
        identify(product, id);
        return product;
    }

    /** The order posted, every line shipped in full, and invoiced under {@code number}. */
    static Invoice issuedInvoice(SalesOrder order, String number) {
        order.post(NOW, null);
        for (SalesOrderLine line : order.getLines()) {
            order.shipped(line, line.getQuantity());
        }
        Invoice invoice = Invoice.forShipped(order, DAY);
        invoice.issue(number, NOW, 30);
        return invoice;
    }

    private static void identify(TenantRecord record, long id) {
        try {
            Field field = TenantRecord.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(record, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
