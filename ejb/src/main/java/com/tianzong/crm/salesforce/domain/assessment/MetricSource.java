package com.tianzong.crm.salesforce.domain.assessment;

import com.tianzong.crm.salesforce.domain.SalesRep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A module's metrics for indicator formulas: the customer module counts a rep's new customers,
 * the sales organisation his targets and training, later modules his sales, visits, collections.
 * Each module registers one; the metric catalogue asks them all.
 */
public interface MetricSource {

    List<MetricDefinition> definitions();

    /** The metric's value for the rep over the period {@code from} to {@code to}, both days included. */
    BigDecimal value(String code, SalesRep rep, LocalDate from, LocalDate to);
}
