package com.tianzong.crm.salesforce.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.salesforce.domain.quota.QuotaVerdict;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** BAS-02 / ORG-05: where a quota's limit lies, to the cent. */
class QuotaVerdictTest {

    private static final BigDecimal LIMIT = new BigDecimal("5000.00");

    @Test
    void BAS02_exactlyAtTheQuotaIsWithinIt() {
        QuotaVerdict verdict = new QuotaVerdict(1, "EXPENSE", LIMIT, new BigDecimal("5000.00"));
        assertThat(verdict.exceeded()).isFalse();
        assertThat(verdict.remaining()).isEqualByComparingTo("0.00");
        assertThat(verdict.excess()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void BAS02_oneCentOverExceedsItByOneCent() {
        QuotaVerdict verdict = new QuotaVerdict(1, "EXPENSE", LIMIT, new BigDecimal("5000.01"));
        assertThat(verdict.exceeded()).isTrue();
        assertThat(verdict.excess()).isEqualTo(new BigDecimal("0.01"));
        assertThat(verdict.remaining()).isEqualTo(new BigDecimal("-0.01"));
    }

    @Test
    void ORG02_aHeadCountIsComparedAsAWholeNumberOfPeople() {
        assertThat(new QuotaVerdict(2, "HEAD_COUNT", new BigDecimal("3"), new BigDecimal("3")).exceeded()).isFalse();
        QuotaVerdict fourth = new QuotaVerdict(2, "HEAD_COUNT", new BigDecimal("3"), new BigDecimal("4"));
        assertThat(fourth.exceeded()).isTrue();
        assertThat(fourth.excess()).isEqualByComparingTo("1");
    }
}
