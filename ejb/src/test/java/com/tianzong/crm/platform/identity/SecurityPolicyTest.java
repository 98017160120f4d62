package com.tianzong.crm.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.records.BusinessRuleException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecurityPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void PLT09_outOfRangeSettingsAreRefusedAndNothingChanges() {
        SecurityPolicy policy = new SecurityPolicy();
        assertThatThrownBy(() -> policy.change(12, true, true, 90, 1))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("policy.outOfRange");
                    assertThat(e.getField()).isEqualTo("idleTimeoutMinutes");
                    assertThat(e.getArguments()).containsExactly("5", "480");
                });
        assertThat(policy.getMinLength()).isEqualTo(8);
        assertThat(policy.isRequireSymbol()).isFalse();
        assertThatThrownBy(() -> policy.change(7, true, false, 0, 30)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> policy.change(8, true, false, 366, 30)).isInstanceOf(BusinessRuleException.class);

        policy.change(12, false, true, 90, 15);
        assertThat(policy.passwordRules()).isEqualTo(new PasswordRules(12, false, true));
        assertThat(policy.snapshot()).containsEntry("idleTimeoutMinutes", "15").containsEntry("maxAgeDays", "90");
    }

    @Test
    void PLT09_aPasswordExpiresOnlyWhenAMaximumAgeIsSetAndPassed() {
        SecurityPolicy policy = new SecurityPolicy();
        Instant longAgo = NOW.minus(Duration.ofDays(400));
        assertThat(policy.isExpired(longAgo, NOW)).isFalse();

        policy.change(8, true, false, 90, 30);
        assertThat(policy.isExpired(NOW.minus(Duration.ofDays(89)), NOW)).isFalse();
        assertThat(policy.isExpired(NOW.minus(Duration.ofDays(91)), NOW)).isTrue();
        assertThat(policy.isExpired(null, NOW)).isFalse();
    }
}
