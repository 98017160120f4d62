package com.tianzong.crm.sales.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock check of posting an order (库存检查, SAL-04): for each product, what the order asks
 * for on all its lines together against what is available, that is on hand less what posted
 * orders have reserved.
 */
public final class StockCheck {

    /** A product the order asks more of than is available. */
    public record Shortage(long productId, BigDecimal requested, BigDecimal available) {

        public BigDecimal missing() {
            return requested.subtract(available.max(BigDecimal.ZERO));
        }
    }

    /** What one product has: on hand and reserved by posted orders. */
    public record Stock(BigDecimal onHand, BigDecimal reserved) {

        public BigDecimal available() {
            return onHand.subtract(reserved);
        }
    }

    private StockCheck() {
    }

    /** The quantities asked for per product, lines of the same product added up, in the lines' order. */
    public static Map<Long, BigDecimal> requested(List<? extends SalesLine> lines) {
        Map<Long, BigDecimal> requested = new LinkedHashMap<>();
        for (SalesLine line : lines) {
            requested.merge(line.getProduct().getId(), line.getQuantity(), BigDecimal::add);
        }
        return requested;
    }

    /** The products of which less is available than requested; none means the order can be served. */
    public static List<Shortage> shortages(Map<Long, BigDecimal> requested, Map<Long, Stock> stock) {
        List<Shortage> shortages = new ArrayList<>();
        requested.forEach((productId, quantity) -> {
            Stock have = stock.getOrDefault(productId, new Stock(BigDecimal.ZERO, BigDecimal.ZERO));
            if (have.available().compareTo(quantity) < 0) {
                shortages.add(new Shortage(productId, quantity, have.available()));
            }
        });
        return shortages;
    }
}
