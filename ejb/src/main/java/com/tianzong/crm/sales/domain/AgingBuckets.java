package com.tianzong.crm.sales.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The receivables aging buckets (账龄区间, SAL-09): amounts not yet due, then by days past due up
 * to each limit, then beyond the last. The limits are the company's (code list
 * {@code AGING_BUCKET}); by default 30, 60, 90 and 180 days, giving 0–30, 31–60, 61–90, 91–180
 * and over 180 days past due. An invoice due today is 0 days past due.
 */
public final class AgingBuckets {

    public static final List<Integer> DEFAULT_LIMITS = List.of(30, 60, 90, 180);

    private final List<Integer> limits;

    private AgingBuckets(List<Integer> limits) {
        this.limits = limits;
    }

    /** Buckets with these limits in days (any order, repeats ignored); the default ones when there are none. */
    public static AgingBuckets of(List<Integer> limits) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer limit : limits) {
            if (limit == null || limit <= 0) {
                throw new IllegalArgumentException("an aging limit is a positive number of days: " + limit);
            }
            sorted.add(limit);
        }
        return new AgingBuckets(List.copyOf(sorted.isEmpty() ? DEFAULT_LIMITS : sorted));
    }

    /** How many amounts a row has: not yet due, one per limit, and beyond the last. */
    public int size() {
        return limits.size() + 2;
    }

    /** The limits, ascending. */
    public List<Integer> limits() {
        return limits;
    }

    /**
     * The bucket of an amount due on {@code dueDate}, seen on {@code asOf}: 0 when not yet due, 1
     * up to the first limit of days past due, and so on; {@code size() - 1} beyond the last.
     */
    public int bucketOf(LocalDate dueDate, LocalDate asOf) {
        long pastDue = ChronoUnit.DAYS.between(dueDate, asOf);
        if (pastDue < 0) {
            return 0;
        }
        for (int i = 0; i < limits.size(); i++) {
            if (pastDue <= limits.get(i)) {
                return i + 1;
            }
        }
        return limits.size() + 1;
    }

    /** An empty row of amounts, one per bucket, at the money scale. */
    public List<BigDecimal> emptyRow() {
        List<BigDecimal> row = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            row.add(BigDecimal.ZERO.setScale(SalesLine.MONEY_SCALE));
        }
        return row;
    }

    /** The limits that open and close each bucket, for its heading: {lower, upper} in days past due, null where open. */
    public List<Integer[]> ranges() {
        List<Integer[]> ranges = new ArrayList<>();
        ranges.add(new Integer[] {null, -1});
        int lower = 0;
        for (Integer limit : limits) {
            ranges.add(new Integer[] {lower, limit});
            lower = limit + 1;
        }
        ranges.add(new Integer[] {lower, null});
        return ranges;
    }
}
