package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What was sold, without VAT, by document date, of the documents the user may see (each type's
 * permission and data scope apply; a type the user may not view counts nothing): issued invoices
 * and paid cash sales, less returns refunded by a credit note — the same sales amount the
 * commission bases and the SALES_ACTUAL metric use. The forecast (SAL-01) reads it by month.
 */
@Stateless
@TenantAware
public class SalesHistory {

    @EJB
    InvoiceService invoices;

    @EJB
    CashSaleService cashSales;

    @EJB
    SalesReturnService returns;

    /** Net sales per day between the two days (both included); days without sales are left out. */
    public Map<LocalDate, BigDecimal> daily(LocalDate from, LocalDate to) {
        Map<LocalDate, BigDecimal> days = new TreeMap<>();
        if (invoices.allowedActions().contains(PermissionAction.VIEW)) {
            invoices.salesByDay(from, to).forEach((day, net) -> days.merge(day, net, BigDecimal::add));
        }
        if (cashSales.allowedActions().contains(PermissionAction.VIEW)) {
            cashSales.salesByDay(from, to).forEach((day, net) -> days.merge(day, net, BigDecimal::add));
        }
        if (returns.allowedActions().contains(PermissionAction.VIEW)) {
            returns.salesByDay(from, to).forEach((day, net) -> days.merge(day, net.negate(), BigDecimal::add));
        }
        return days;
    }

    /** Net sales of each month from {@code first} to {@code last}, both included, in order; a month without sales is 0.00. */
    public List<BigDecimal> monthly(YearMonth first, YearMonth last) {
        List<BigDecimal> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(BigDecimal.ZERO.setScale(2));
        }
        daily(first.atDay(1), last.atEndOfMonth()).forEach((day, net) -> {
            int index = (int) first.until(YearMonth.from(day), java.time.temporal.ChronoUnit.MONTHS);
            months.set(index, months.get(index).add(net).setScale(2, RoundingMode.HALF_UP));
        });
        return months;
    }
}
