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
 * customer file, posted orders not yet invoiced, open receivables and unapplied advances. Read
 * under a lock of the customer's row held until the caller's transaction ends, so two orders of
 * the same customer are checked one after the other and the second counts the first.
 * Open receivables and advances are zero until invoices and receipts are recorded.
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

    /** Locks the customer and returns its credit position, not counting the order {@code exceptOrderId}. */
    public CreditCheck lockAndCheck(long customerId, long exceptOrderId) {
        String schema = currentTenant.require().schemaName();
        BigDecimal limit = (BigDecimal) em.createNativeQuery("select credit_limit from " + schema + ".customer where id = ?1 for update")
                .setParameter(1, customerId)
                .getSingleResult();
        BigDecimal uninvoiced = (BigDecimal) em.createNativeQuery("select coalesce(sum(gross_total), 0) from " + schema
                        + ".sales_order where customer_id = ?1 and id <> ?2 and status in (" + UNINVOICED + ")")
                .setParameter(1, customerId)
                .setParameter(2, exceptOrderId)
                .getSingleResult();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new CreditCheck(limit, zero, uninvoiced.setScale(2), zero);
    }
}
