package com.tianzong.crm.salesforce.domain.commission;

import java.math.BigDecimal;

/** How one band contributed: the part of the base in it, the rate, and the commission on it. */
public record CommissionLine(CommissionTier tier, BigDecimal portion, BigDecimal rate, BigDecimal commission) {
}
