package com.tianzong.crm.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInFailureTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    @Test
    void PLT09_accountLocksAtTheThresholdAndTheLockGrows() {
        SignInFailure failure = new SignInFailure(SignInFailure.Kind.ACCOUNT, "demo/zhangwei");
        for (int i = 0; i < 4; i++) {
            failure.fail(T0, 5, LOCK);
        }
        assertThat(failure.isLocked(T0)).isFalse();
        failure.fail(T0, 5, LOCK);
        assertThat(failure.lockedUntil(T0)).contains(T0.plus(LOCK));
        failure.fail(T0, 5, LOCK);
        assertThat(failure.lockedUntil(T0)).contains(T0.plus(LOCK.multipliedBy(2)));
        for (int i = 0; i < 20; i++) {
            failure.fail(T0, 5, LOCK);
        }
        assertThat(failure.lockedUntil(T0)).contains(T0.plus(SignInFailure.MAX_LOCK));
    }

    @Test
    void PLT09_lockEndsAndOldFailuresAreForgotten() {
        SignInFailure failure = new SignInFailure(SignInFailure.Kind.ADDRESS, "203.0.113.7");
        for (int i = 0; i < 5; i++) {
            failure.fail(T0, 5, LOCK);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        assertThat(failure.isLocked(later)).isFalse();
        failure.forgetIfStale(T0.plus(Duration.ofMinutes(30)), Duration.ofHours(1));
        assertThat(failure.failures()).isEqualTo(5);
        failure.forgetIfStale(T0.plus(Duration.ofHours(2)), Duration.ofHours(1));
        assertThat(failure.failures()).isZero();
    }

    @Test
    void PLT09_accountKeyIsTheTypedCompanyAndUserNormalised() {
        assertThat(SignInThrottle.account(" DEMO ", "ZhangWei ")).isEqualTo("demo/zhangwei");
        assertThat(SignInThrottle.account(null, null)).isEqualTo("/");
    }
}
