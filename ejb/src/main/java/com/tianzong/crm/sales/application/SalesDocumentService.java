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
     * The amounts without VAT of the documents the user may see that {@code counted} picks, summed
     * per document day between the two days (both included): what sales history is made of.
     */
    protected java.util.Map<java.time.LocalDate, java.math.BigDecimal> netByDay(java.time.LocalDate from, java.time.LocalDate to,
            java.util.function.BiFunction<jakarta.persistence.criteria.CriteriaBuilder, jakarta.persistence.criteria.Root<T>,
                    java.util.List<jakarta.persistence.criteria.Predicate>> counted) {
        java.util.Map<java.time.LocalDate, java.math.BigDecimal> days = new java.util.TreeMap<>();
        visibleGroups(
                (cb, document) -> {
                    java.util.List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>(counted.apply(cb, document));
                    where.add(cb.between(document.<java.time.LocalDate>get("documentDate"), from, to));
                    return where;
                },
                (cb, document) -> java.util.List.of(document.get("documentDate")),
                (cb, document) -> java.util.List.of(document.get("documentDate"), cb.sum(document.<java.math.BigDecimal>get("netTotal"))))
                .forEach(row -> days.put((java.time.LocalDate) row[0], (java.math.BigDecimal) row[1]));
        return days;
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
