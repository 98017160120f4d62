package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.CreditCheck;
import com.tianzong.crm.sales.domain.OrderStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * A customer's credit position, the one place it is worked out (SAL-04): the limit from the
 * customer file, posted orders not yet invoiced, open receivables, and unapplied advances and
 * credit notes (what the customer has paid or been credited beyond its invoices). Read
 * under a lock of the customer's row held until the caller's transaction ends, so two orders of
 * the same customer are checked one after the other and the second counts the first.
 * An order counts with what it has not invoiced yet (its total less its issued invoices).
 */
@Stateless
@TenantAware
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CustomerCredit {

    private static final String UNINVOICED = OrderStatus.UNINVOICED.stream()
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    /**
     * Locks the customer's row until the transaction ends, so that whatever changes its credit
     * position (posting an order, applying a receipt) happens one at a time per customer; returns
     * its credit limit.
     */
    public BigDecimal lock(long customerId) {
        String schema = currentTenant.require().schemaName();
        return (BigDecimal) em.createNativeQuery("select credit_limit from " + schema + ".customer where id = ?1 for update")
                .setParameter(1, customerId)
                .getSingleResult();
    }

    /** Locks the customer and returns its credit position, not counting the order {@code exceptOrderId}. */
    public CreditCheck lockAndCheck(long customerId, long exceptOrderId) {
        String schema = currentTenant.require().schemaName();
        BigDecimal limit = lock(customerId);
        BigDecimal uninvoiced = sum("select coalesce(sum(o.gross_total - coalesce((select sum(i.gross_total) from " + schema
                + ".invoice i where i.sales_order_id = o.id and i.status <> 'DRAFT'), 0)), 0) from " + schema
                + ".sales_order o where o.customer_id = ?1 and o.id <> ?2 and o.status in (" + UNINVOICED + ")", customerId, exceptOrderId);
        BigDecimal receivables = sum("select coalesce(sum(gross_total - paid_amount - credited_amount), 0) from " + schema
                + ".invoice where customer_id = ?1 and status = 'ISSUED'", customerId);
        BigDecimal advances = sum("select coalesce(sum(amount - applied_amount), 0) from " + schema
                + ".receipt where customer_id = ?1 and status = 'POSTED'", customerId)
                .add(sum("select coalesce(sum(gross_total - applied_amount), 0) from " + schema
                        + ".credit_note where customer_id = ?1 and status = 'ISSUED'", customerId));
        return new CreditCheck(limit, receivables, uninvoiced, advances);
    }

    /**
     * The customer's issued invoices with something open, oldest due first, locked until the
     * transaction ends: what a receipt or a credit applied "oldest first" pays.
     */
    public java.util.List<com.tianzong.crm.sales.domain.Invoice> openInvoicesOldestFirst(com.tianzong.crm.customer.domain.Customer customer) {
        return em.createQuery("select i from Invoice i where i.customer = :customer and i.status = :issued order by i.dueDate, i.id",
                        com.tianzong.crm.sales.domain.Invoice.class)
                .setParameter("customer", customer)
                .setParameter("issued", com.tianzong.crm.sales.domain.InvoiceStatus.ISSUED.name())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private BigDecimal sum(String sql, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((BigDecimal) query.getSingleResult()).setScale(2);
    }
}
