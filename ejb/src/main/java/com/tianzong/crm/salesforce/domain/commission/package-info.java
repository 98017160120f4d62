/**
 * Commission rules (BAS-06) and their calculation: fixed rate, increasing and decreasing tiers,
 * marginal (超额累进) or on the whole amount (全额累进), on sales amount, gross profit or cash
 * collected, limited to a product category and/or rep grade and a validity period. Pure domain:
 * no container, every figure in {@link java.math.BigDecimal} with an explicit scale.
 */
package com.tianzong.crm.salesforce.domain.commission;
