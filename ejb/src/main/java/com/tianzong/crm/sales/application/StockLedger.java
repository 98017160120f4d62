package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.StockCheck.Stock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The stock of products as orders use it: on hand and reserved, read under a row lock that is
 * held until the caller's transaction ends, so that two orders after the same last units wait for
 * each other and the second sees what the first took. Rows are locked in id order, so orders of
 * the same products never deadlock. Every change moves the product's version on, so a product
 * form opened before it cannot write an old quantity back.
 */
@Stateless
@TenantAware
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockLedger {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    /** Locks the products' rows and returns what each has on hand and reserved. */
    public Map<Long, Stock> lock(Collection<Long> productIds) {
        Map<Long, Stock> stock = new HashMap<>();
        for (Long id : new TreeSet<>(productIds)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select stock_on_hand, stock_reserved from " + table()
                            + " where id = ?1 for update")
                    .setParameter(1, id)
                    .getResultList();
            for (Object[] row : rows) {
                stock.put(id, new Stock((BigDecimal) row[0], (BigDecimal) row[1]));
            }
        }
        return stock;
    }

    /** Adds to (or, with negative quantities, takes from) what the products have reserved. */
    public void reserve(Map<Long, BigDecimal> quantities) {
        quantities.forEach((productId, quantity) -> {
            if (quantity.signum() != 0) {
                update("stock_reserved = greatest(stock_reserved + ?1, 0)", quantity, productId);
            }
        });
    }

    /** Gives reservations back. */
    public void release(Map<Long, BigDecimal> quantities) {
        Map<Long, BigDecimal> negated = new HashMap<>();
        quantities.forEach((productId, quantity) -> negated.put(productId, quantity.negate()));
        reserve(negated);
    }

    /** Takes a shipped quantity off the product's stock, and the part of it that was reserved off its reservation. */
    public void issue(long productId, BigDecimal quantity, BigDecimal reservedPart) {
        em.createNativeQuery("update " + table() + " set stock_on_hand = stock_on_hand - ?1,"
                        + " stock_reserved = greatest(stock_reserved - ?2, 0), version = version + 1 where id = ?3")
                .setParameter(1, quantity)
                .setParameter(2, reservedPart)
                .setParameter(3, productId)
                .executeUpdate();
    }

    /** Puts returned goods back on the products' stock (the caller holds their locks, {@link #lock}). */
    public void receive(Map<Long, BigDecimal> quantities) {
        quantities.forEach((productId, quantity) -> {
            if (quantity.signum() > 0) {
                update("stock_on_hand = stock_on_hand + ?1", quantity, productId);
            }
        });
    }

    private void update(String assignment, BigDecimal quantity, long productId) {
        em.createNativeQuery("update " + table() + " set " + assignment + ", version = version + 1 where id = ?2")
                .setParameter(1, quantity)
                .setParameter(2, productId)
                .executeUpdate();
    }

    private String table() {
        return currentTenant.require().schemaName() + ".product";
    }
}
