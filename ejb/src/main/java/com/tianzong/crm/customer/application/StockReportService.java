package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.SellThrough;
import com.tianzong.crm.customer.domain.StockReport;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer stock reports (CUS-08): one per customer, product and month, not for a month still to
 * come; the opening stock is last month's counted closing stock unless given.
 */
@Stateless
@TenantAware
public class StockReportService extends CustomerRecordService<StockReport> {

    /** How many months the sell-through page looks back. */
    public static final int TREND_MONTHS = 12;

    @Inject
    StockReportRecordType type;

    @Override
    protected RecordType<StockReport> type() {
        return type;
    }

    @Override
    public StockReport newRecord() {
        return new StockReport();
    }

    @Override
    protected void checkRules(StockReport report) {
        if (report.getCustomer() == null || report.getProduct() == null || report.getPeriodStart() == null) {
            return;
        }
        Customer customer = customerOf(report);
        if (report.getPeriodStart().isAfter(profiles.today().withDayOfMonth(1))) {
            throw new BusinessRuleException("stockReport.futurePeriod", "periodStart");
        }
        long taken = em.createQuery("select count(r) from StockReport r where r.customer = :customer and r.product = :product"
                        + " and r.periodStart = :period and r.id <> :self", Long.class)
                .setParameter("customer", customer)
                .setParameter("product", report.getProduct())
                .setParameter("period", report.getPeriodStart())
                .setParameter("self", report.isNew() ? -1L : report.getId())
                .getSingleResult();
        if (taken > 0) {
            throw new BusinessRuleException("stockReport.periodTaken", "periodStart", YearMonth.from(report.getPeriodStart()).toString());
        }
        if (report.getOpeningQty() == null) {
            report.setOpeningQty(em.createQuery("select r.closingQty from StockReport r where r.customer = :customer"
                            + " and r.product = :product and r.periodStart = :previous", BigDecimal.class)
                    .setParameter("customer", customer)
                    .setParameter("product", report.getProduct())
                    .setParameter("previous", report.getPeriodStart().minusMonths(1))
                    .getResultStream().findFirst().orElse(BigDecimal.ZERO));
        }
    }

    /** A product's sell-through at a customer the user can see, over the last months. */
    public record ProductTrend(String product, List<SellThrough.Trend> months) {
        public String getProduct() {
            return product;
        }

        public List<SellThrough.Trend> getMonths() {
            return months;
        }
    }

    /** The customer's sell-through per product over the last {@value #TREND_MONTHS} months, read within the user's scope. */
    public List<ProductTrend> trend(long customerId) {
        checkPermitted(com.tianzong.crm.platform.security.PermissionAction.VIEW);
        Customer customer = customers.find(customerId)
                .orElseThrow(() -> new com.tianzong.crm.platform.records.RecordNotFoundException(Customer.class, customerId));
        YearMonth last = YearMonth.from(profiles.today());
        List<StockReport> reports = em.createQuery("select r from StockReport r where r.customer = :customer and r.periodStart >= :from"
                        + " order by r.product.name, r.periodStart", StockReport.class)
                .setParameter("customer", customer)
                .setParameter("from", last.minusMonths(TREND_MONTHS - 1L).atDay(1))
                .getResultList();
        Map<String, List<SellThrough.Month>> byProduct = new LinkedHashMap<>();
        for (StockReport report : reports) {
            byProduct.computeIfAbsent(report.getProduct().getCode() + " " + report.getProduct().getName(), product -> new ArrayList<>())
                    .add(new SellThrough.Month(YearMonth.from(report.getPeriodStart()), report.getSoldQty(), report.getClosingQty()));
        }
        List<ProductTrend> trends = new ArrayList<>();
        byProduct.forEach((product, months) -> trends.add(new ProductTrend(product, SellThrough.of(months))));
        return trends;
    }
}
