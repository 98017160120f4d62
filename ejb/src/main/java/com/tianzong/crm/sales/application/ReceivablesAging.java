package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.codelist.CodeItem;
import com.tianzong.crm.platform.codelist.CodeLists;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.AgingBuckets;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Receivables aging (应收账龄分析, SAL-09): what the customers the user may see still owe on
 * issued invoices, per customer and aging bucket, as of a day; the buckets are the company's
 * ({@link AgingBuckets}). Every row adds up to its total, and the totals row to the sum of the
 * rows.
 */
@Stateless
@TenantAware
public class ReceivablesAging {

    public static final String BUCKET_LIST = "AGING_BUCKET";

    @EJB
    InvoiceService invoices;

    @EJB
    CodeLists codeLists;

    /**
     * The company's buckets: the active limits of its code list, coded D and the days (D30, D60 …);
     * other codes are left out, and without any the default limits apply.
     */
    public AgingBuckets buckets() {
        List<Integer> limits = new ArrayList<>();
        for (CodeItem item : codeLists.items(BUCKET_LIST)) {
            if (item.isActive() && item.getCode().matches("D[1-9][0-9]{0,4}")) {
                limits.add(Integer.valueOf(item.getCode().substring(1)));
            }
        }
        return AgingBuckets.of(limits);
    }

    /** The aging as of the day, the customers owing most first. */
    public Report report(LocalDate asOf) {
        AgingBuckets buckets = buckets();
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (InvoiceService.OpenAmount open : invoices.openAmounts()) {
            if (open.open().signum() == 0) {
                continue;
            }
            Row row = rows.computeIfAbsent(open.customerId(),
                    id -> new Row(id, open.customerCode(), open.customerName(), buckets.emptyRow()));
            row.add(buckets.bucketOf(open.dueDate(), asOf), open.open());
        }
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing(Row::getTotal).reversed().thenComparing(Row::getCustomerCode));
        Row totals = new Row(0, "", "", buckets.emptyRow());
        sorted.forEach(row -> {
            for (int i = 0; i < buckets.size(); i++) {
                totals.add(i, row.getAmounts().get(i));
            }
        });
        return new Report(asOf, buckets, sorted, totals);
    }

    /** The aging of every customer with something open, and the totals. */
    public record Report(LocalDate asOf, AgingBuckets buckets, List<Row> rows, Row totals) implements Serializable {
    }

    /** One customer's open amounts per bucket. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long customerId;
        private final String customerCode;
        private final String customerName;
        private final List<BigDecimal> amounts;
        private BigDecimal total = BigDecimal.ZERO.setScale(2);

        Row(long customerId, String customerCode, String customerName, List<BigDecimal> amounts) {
            this.customerId = customerId;
            this.customerCode = customerCode;
            this.customerName = customerName;
            this.amounts = amounts;
        }

        void add(int bucket, BigDecimal amount) {
            amounts.set(bucket, amounts.get(bucket).add(amount));
            total = total.add(amount);
        }

        public long getCustomerId() {
            return customerId;
        }

        public String getCustomerCode() {
            return customerCode;
        }

        public String getCustomerName() {
            return customerName;
        }

        public List<BigDecimal> getAmounts() {
            return amounts;
        }

        public BigDecimal getTotal() {
            return total;
        }

        /** What is past due: everything but the first bucket. */
        public BigDecimal getPastDue() {
            return total.subtract(amounts.get(0));
        }
    }
}
