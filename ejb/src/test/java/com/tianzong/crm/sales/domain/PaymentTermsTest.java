package com.tianzong.crm.sales.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SAL-05: the due date's days from the payment terms, including terms a company adds itself. */
class PaymentTermsTest {

    @Test
    void SAL05_netTermsGiveTheirDaysAndOtherTermsNone() {
        assertThat(PaymentTerms.days("NET_30")).isEqualTo(30);
        assertThat(PaymentTerms.days("NET_45")).as("added by the company").isEqualTo(45);
        assertThat(PaymentTerms.days("CASH_ON_DELIVERY")).isZero();
        assertThat(PaymentTerms.days("NET_")).isZero();
        assertThat(PaymentTerms.days(null)).isZero();
    }
}
