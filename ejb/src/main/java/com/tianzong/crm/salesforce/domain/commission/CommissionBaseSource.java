package com.tianzong.crm.salesforce.domain.commission;

import com.tianzong.crm.salesforce.domain.SalesRep;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a commission base comes from: the module that keeps the sales (invoices, returns, cash
 * sales, receipts) works out a rep's sales amount, gross profit or cash collected over a period,
 * so the sales organisation does not depend on it.
 */
public interface CommissionBaseSource {

    /**
     * The rep's base over {@code from} to {@code to} (both included), at scale 2; restricted to
     * products of {@code productCategory} (a category code) where one is given and the basis is
     * by product.
     */
    BigDecimal base(CommissionRule.Basis basis, SalesRep rep, String productCategory, LocalDate from, LocalDate to);
}
