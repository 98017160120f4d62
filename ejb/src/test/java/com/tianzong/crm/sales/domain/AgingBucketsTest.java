package com.tianzong.crm.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SAL-09: which aging bucket an open amount falls in, at the edges of every bucket. */
class AgingBucketsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    private final AgingBuckets buckets = AgingBuckets.of(List.of());

    @Test
    void SAL09_theDefaultBucketsAre0To30_31To60_61To90_91To180AndOver180DaysPastDue() {
        assertThat(buckets.limits()).containsExactly(30, 60, 90, 180);
        assertThat(buckets.size()).isEqualTo(6);
        assertThat(bucketAt(-1)).as("due tomorrow: not yet due").isZero();
        assertThat(bucketAt(0)).as("due today").isEqualTo(1);
        assertThat(bucketAt(30)).isEqualTo(1);
        assertThat(bucketAt(31)).isEqualTo(2);
        assertThat(bucketAt(60)).isEqualTo(2);
        assertThat(bucketAt(61)).isEqualTo(3);
        assertThat(bucketAt(90)).isEqualTo(3);
        assertThat(bucketAt(91)).isEqualTo(4);
        assertThat(bucketAt(180)).isEqualTo(4);
        assertThat(bucketAt(181)).isEqualTo(5);
        assertThat(bucketAt(5000)).isEqualTo(5);
    }

    @Test
    void SAL09_aCompanysOwnLimitsAreSortedAndRangesFollowThem() {
        AgingBuckets own = AgingBuckets.of(List.of(45, 15, 15));
        assertThat(own.limits()).containsExactly(15, 45);
        assertThat(own.bucketOf(AS_OF.minusDays(16), AS_OF)).isEqualTo(2);
        assertThat(own.ranges()).extracting(range -> range[0] + "–" + range[1])
                .containsExactly("null–-1", "0–15", "16–45", "46–null");
        assertThat(own.emptyRow()).hasSize(4).allSatisfy(amount -> assertThat(amount).isEqualByComparingTo("0"));
        assertThatThrownBy(() -> AgingBuckets.of(List.of(30, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    private int bucketAt(int daysPastDue) {
        return buckets.bucketOf(AS_OF.minusDays(daysPastDue), AS_OF);
    }
}
