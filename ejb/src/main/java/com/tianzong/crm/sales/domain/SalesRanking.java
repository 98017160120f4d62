package com.tianzong.crm.sales.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ranking of sales (销售排行, SAL-10): the entries by amount, largest first, each with its rank,
 * its share of the total and the share of the total reached down to it (cumulative), and its ABC
 * class — A while the cumulative share is within 80 %, B within 95 %, C after. Entries with the
 * same amount share a rank (1, 2, 2, 4). Shares are in percent to a hundredth, worked out from
 * the amounts, so the last entry's cumulative share is 100.00 whenever the total is not zero.
 */
public final class SalesRanking {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal A_LIMIT = new BigDecimal("80");
    static final BigDecimal B_LIMIT = new BigDecimal("95");

    /** An entry to rank: what it is (its key and label) and its amount. */
    public record Entry(Object key, String label, BigDecimal amount) {
    }

    /** A ranked entry. */
    public record Ranked(int rank, Object key, String label, BigDecimal amount, BigDecimal share, BigDecimal cumulative, char abc) {

        // bean-style reads for the pages: Jakarta EL 5 does not see record components
        public int getRank() {
            return rank;
        }

        public String getLabel() {
            return label;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public BigDecimal getShare() {
            return share;
        }

        public BigDecimal getCumulative() {
            return cumulative;
        }

        public String getAbc() {
            return String.valueOf(abc);
        }
    }

    private SalesRanking() {
    }

    public static List<Ranked> rank(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::amount).reversed().thenComparing(entry -> entry.label() == null ? "" : entry.label()));
        BigDecimal total = sorted.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Ranked> ranked = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            Entry entry = sorted.get(i);
            if (previous == null || entry.amount().compareTo(previous) != 0) {
                rank = i + 1;
            }
            previous = entry.amount();
            BigDecimal before = running;
            running = running.add(entry.amount());
            BigDecimal share = percent(entry.amount(), total);
            BigDecimal cumulative = percent(running, total);
            // the class goes by where the entry starts: the one that crosses 80 % is still an A
            BigDecimal start = percent(before, total);
            char abc = start.compareTo(A_LIMIT) < 0 ? 'A' : start.compareTo(B_LIMIT) < 0 ? 'B' : 'C';
            ranked.add(new Ranked(rank, entry.key(), entry.label(), entry.amount(), share, cumulative, abc));
        }
        return ranked;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO.setScale(2) : part.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
    }
}
