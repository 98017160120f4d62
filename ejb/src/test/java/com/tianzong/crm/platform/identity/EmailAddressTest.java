package com.tianzong.crm.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void TEN02_acceptsOrdinaryCompanyAddresses() {
        assertThat(EmailAddress.isValid("wang.fang@tianzong-demo.cn")).isTrue();
        assertThat(EmailAddress.isValid("sales+east@mail.example.com.cn")).isTrue();
    }

    @Test
    void TEN02_refusesWhatCannotReceiveAnInvitation() {
        assertThat(EmailAddress.isValid("not-an-email")).isFalse();
        assertThat(EmailAddress.isValid("w@x")).isFalse();
        assertThat(EmailAddress.isValid("a b@example.cn")).isFalse();
        assertThat(EmailAddress.isValid("x@example.cn\r\nBcc: victim@example.cn")).isFalse();
        assertThat(EmailAddress.isValid(null)).isFalse();
        assertThat(EmailAddress.isValid("a".repeat(60) + "@" + "b".repeat(140) + ".cn")).isFalse();
    }
}
