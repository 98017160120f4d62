package com.tianzong.crm.salesforce.domain.commission;

import java.math.BigDecimal;
import java.util.List;

/**
 * A calculated commission: the base it was calculated on, one line per band that applied, and
 * the total, which is always the sum of the lines' rounded amounts (so a statement reconciles).
 */
public record CommissionResult(BigDecimal base, List<CommissionLine> lines, BigDecimal total) {

    public CommissionResult {
        lines = List.copyOf(lines);
    }

    // bean-style reads for the pages: Jakarta EL 5 does not see record components

    public BigDecimal getBase() {
        return base;
    }

    public List<CommissionLine> getLines() {
        return lines;
    }

    public BigDecimal getTotal() {
        return total;
    }
}
