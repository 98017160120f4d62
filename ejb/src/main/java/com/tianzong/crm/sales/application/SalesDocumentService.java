package com.tianzong.crm.sales.application;

import com.tianzong.crm.customer.application.CustomerRecordService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.numbering.DocumentNumbers;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.sales.domain.SalesDocument;
import jakarta.ejb.EJB;

/**
 * What quotes and orders share: on a customer the user can see and with that customer's rep; a
 * number of their own type when first saved; the customer's payment terms unless others are
 * given; complete lines while they can be changed, and totals that are the lines' sums.
 */
public abstract class SalesDocumentService<T extends SalesDocument<?>> extends CustomerRecordService<T> {

    @EJB
    DocumentNumbers numbers;

    @EJB
    CompanyProfiles companyProfiles;

    /** The document type's number prefix: QT, SO … */
    protected abstract String numberPrefix();

    /** A new document dated today by the company's clock. */
    protected T dated(T document) {
        document.setDocumentDate(companyProfiles.today());
        return document;
    }

    @Override
    protected void checkRules(T document) {
        if (document.getCustomer() == null) {
            return;
        }
        Customer customer = customerOf(document);
        if (document.getPaymentTerms() == null || document.getPaymentTerms().isBlank()) {
            document.setPaymentTerms(customer.getPaymentTerms());
        }
        if (document.isLinesEditable()) {
            document.checkLines();
        }
        if (document.isNew() && numberedWhenSaved()) {
            document.assignNumber(numbers.next(type().name(), numberPrefix()));
        }
    }

    /**
     * Which documents of the type are sales (an issued invoice, a paid cash sale, a refunded
     * return, which takes sales back): the sales history, plans and analysis read those only. A
     * type that is no sale (a quote, an order) has none.
     */
    protected java.util.List<jakarta.persistence.criteria.Predicate> sold(jakarta.persistence.criteria.CriteriaBuilder cb,
                                                                           jakarta.persistence.criteria.Root<T> document) {
        throw new UnsupportedOperationException(type().name() + " documents are not sales");
    }

    /**
     * The amounts without VAT of the sales documents ({@link #sold}) the user may see, summed per
     * document day between the two days (both included): what sales history is made of.
     */
    public java.util.Map<java.time.LocalDate, java.math.BigDecimal> salesByDay(java.time.LocalDate from, java.time.LocalDate to) {
        java.util.Map<java.time.LocalDate, java.math.BigDecimal> days = new java.util.TreeMap<>();
        visibleGroups(
                (cb, document) -> {
                    java.util.List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>(sold(cb, document));
                    where.add(cb.between(document.<java.time.LocalDate>get("documentDate"), from, to));
                    return where;
                },
                (cb, document) -> java.util.List.of(document.get("documentDate")),
                (cb, document) -> java.util.List.of(document.get("documentDate"), cb.sum(document.<java.math.BigDecimal>get("netTotal"))))
                .forEach(row -> days.put((java.time.LocalDate) row[0], (java.math.BigDecimal) row[1]));
        return days;
    }

    /**
     * The lines of the sales documents ({@link #sold}) the user may see, dated between the
     * two days, summed along the dimension: key, label, amount without VAT, with VAT, quantity
     * and the number of documents of each key (SAL-10).
     */
    public java.util.List<SalesAnalysis.Total> salesBy(SalesDimension dimension, java.time.LocalDate from, java.time.LocalDate to) {
        return visibleSummary((cb, document) -> {
            var line = document.join("lines");
            java.util.List<jakarta.persistence.criteria.Expression<?>> key = dimension.keyAndLabel(document, line);
            java.util.List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>(sold(cb, document));
            where.add(cb.between(document.<java.time.LocalDate>get("documentDate"), from, to));
            return new Summary(where, key, java.util.List.of(key.get(0), key.get(1),
                    cb.sum(line.<java.math.BigDecimal>get("netAmount")), cb.sum(line.<java.math.BigDecimal>get("grossAmount")),
                    cb.sum(line.<java.math.BigDecimal>get("quantity")), cb.countDistinct(document.get("id"))));
        }).stream().map(row -> new SalesAnalysis.Total(row[0], row[1] == null ? null : row[1].toString(), (java.math.BigDecimal) row[2],
                (java.math.BigDecimal) row[3], (java.math.BigDecimal) row[4], ((Number) row[5]).longValue())).toList();
    }

    /**
     * The documents behind one key of {@link #salesBy} (a day, a customer, a product …): each with
     * the amounts of its lines that fall under the key.
     */
    public java.util.List<SalesAnalysis.Document> salesDocuments(SalesDimension dimension, Object key, java.time.LocalDate from,
            java.time.LocalDate to) {
        return visibleSummary((cb, document) -> {
            var line = document.join("lines");
            jakarta.persistence.criteria.Expression<?> keyed = dimension.keyAndLabel(document, line).get(0);
            java.util.List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>(sold(cb, document));
            where.add(cb.between(document.<java.time.LocalDate>get("documentDate"), from, to));
            where.add(key == null ? cb.isNull(keyed) : cb.equal(keyed, key));
            var customer = document.get("customer");
            return new Summary(where,
                    java.util.List.of(document.get("id"), document.get("number"), document.get("documentDate"), customer.get("name")),
                    java.util.List.of(document.get("id"), document.get("number"), document.get("documentDate"), customer.get("name"),
                            cb.sum(line.<java.math.BigDecimal>get("netAmount")), cb.sum(line.<java.math.BigDecimal>get("grossAmount"))));
        }).stream().map(row -> new SalesAnalysis.Document(type().name(), (Long) row[0], (String) row[1], (java.time.LocalDate) row[2],
                (String) row[3], (java.math.BigDecimal) row[4], (java.math.BigDecimal) row[5])).toList();
    }

    /** Whether a new document takes its number when first saved; an invoice takes it when it is issued. */
    protected boolean numberedWhenSaved() {
        return true;
    }

    @Override
    protected void checkDeletable(T document) {
        if (!document.isLinesEditable()) {
            throw new BusinessRuleException("document.notDeletable", null, document.getNumber());
        }
    }
}
