package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.SalesTrend;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sales analysis (销售分析, SAL-10) of the sales the user may see — issued invoices and paid cash
 * sales, less returns refunded by a credit note — summed by day, customer, product, category, rep
 * or department over a period, down to the documents behind any total; and the trend of the last
 * twelve months against the year before. Each document type's permission and data scope apply
 * (a type the user may not view counts nothing).
 */
@Stateless
@TenantAware
public class SalesAnalysis {

    @EJB
    InvoiceService invoices;

    @EJB
    CashSaleService cashSales;

    @EJB
    SalesReturnService returns;

    @EJB
    SalesHistory history;

    /** The sales of one key of a dimension: amounts without and with VAT, quantity and number of documents. */
    public record Total(Object key, String label, BigDecimal net, BigDecimal gross, BigDecimal quantity, long documents)
            implements Serializable {

        Total plus(Total other, int sign) {
            BigDecimal factor = BigDecimal.valueOf(sign);
            return new Total(key, label != null ? label : other.label, net.add(other.net.multiply(factor)),
                    gross.add(other.gross.multiply(factor)), quantity.add(other.quantity.multiply(factor)), documents + other.documents);
        }

        // bean-style reads for the pages: Jakarta EL 5 does not see record components
        public Object getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public BigDecimal getNet() {
            return net;
        }

        public BigDecimal getGross() {
            return gross;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public long getDocuments() {
            return documents;
        }
    }

    /** A document behind a total: its type and number, day, customer, and the amounts of its lines under the total's key. */
    public record Document(String type, long id, String number, LocalDate day, String customer, BigDecimal net, BigDecimal gross)
            implements Serializable {

        public String getType() {
            return type;
        }

        public long getId() {
            return id;
        }

        public String getNumber() {
            return number;
        }

        public LocalDate getDay() {
            return day;
        }

        public String getCustomer() {
            return customer;
        }

        public BigDecimal getNet() {
            return net;
        }

        public BigDecimal getGross() {
            return gross;
        }
    }

    /** The sales between the two days (both included) summed along the dimension, in key order for days, by amount otherwise. */
    public List<Total> totals(SalesDimension dimension, LocalDate from, LocalDate to) {
        Map<Object, Total> totals = new LinkedHashMap<>();
        for (SalesDocumentService<?> service : sources()) {
            int sign = service == returns ? -1 : 1;
            for (Total total : service.salesBy(dimension, from, to)) {
                totals.merge(keyOf(total.key()), sign > 0 ? total : zero(total).plus(total, -1), (a, b) -> a.plus(b, 1));
            }
        }
        List<Total> rows = new ArrayList<>(totals.values());
        if (dimension == SalesDimension.DAY) {
            rows.sort(Comparator.comparing(total -> (LocalDate) total.key()));
        } else {
            rows.sort(Comparator.comparing(Total::net).reversed());
        }
        return rows;
    }

    /** Every day between the two, with its sales (0.00 on a day without). */
    public List<Total> daily(LocalDate from, LocalDate to) {
        Map<Object, Total> byDay = new LinkedHashMap<>();
        totals(SalesDimension.DAY, from, to).forEach(total -> byDay.put(total.key(), total));
        List<Total> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Total total = byDay.get(day);
            days.add(total != null ? total : new Total(day, day.toString(), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO, 0));
        }
        return days;
    }

    /** The documents behind one total: the key of a row of {@link #totals} (null for "none", a product without a category). */
    public List<Document> documents(SalesDimension dimension, Object key, LocalDate from, LocalDate to) {
        List<Document> documents = new ArrayList<>();
        for (SalesDocumentService<?> service : sources()) {
            for (Document document : service.salesDocuments(dimension, key, from, to)) {
                documents.add(service == returns ? new Document(document.type(), document.id(), document.number(), document.day(),
                        document.customer(), document.net().negate(), document.gross().negate()) : document);
            }
        }
        documents.sort(Comparator.comparing(Document::day).thenComparing(Document::number));
        return documents;
    }

    /** The last twelve complete months up to {@code last}, against the year before. */
    public List<SalesTrend.Month> trend(YearMonth last) {
        YearMonth first = last.minusMonths(2L * SalesTrend.MONTHS - 1);
        return SalesTrend.of(first, history.monthly(first, last));
    }

    private List<SalesDocumentService<?>> sources() {
        List<SalesDocumentService<?>> sources = new ArrayList<>();
        for (SalesDocumentService<?> service : List.<SalesDocumentService<?>>of(invoices, cashSales, returns)) {
            if (service.allowedActions().contains(PermissionAction.VIEW)) {
                sources.add(service);
            }
        }
        return sources;
    }

    private static Object keyOf(Object key) {
        return Objects.requireNonNullElse(key, NONE);
    }

    private static Total zero(Total like) {
        return new Total(like.key(), like.label(), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO, 0);
    }

    /** The key of the entries without one (sales of products without a category). */
    private static final String NONE = "";
}
