package com.tianzong.crm.platform.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Consecutive failed sign-ins of one typed account or one source address, and the lock they
 * earned. The lock grows: the first after {@code threshold} failures, then doubling with every
 * further failure, up to a day.
 */
@Entity
@Table(name = "sign_in_failure", schema = "platform")
@NamedQuery(name = "SignInFailure.find", query = "select f from SignInFailure f where f.kind = :kind and f.subject = :subject")
public class SignInFailure {

    public enum Kind { ACCOUNT, ADDRESS }

    static final Duration MAX_LOCK = Duration.ofDays(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private OffsetDateTime lastFailureAt;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    protected SignInFailure() {
    }

    SignInFailure(Kind kind, String subject) {
        this.kind = kind;
        this.subject = subject;
    }

    /** Counts a failure; from the threshold on, locks for {@code baseLock}, doubled per further failure. */
    void fail(Instant now, int threshold, Duration baseLock) {
        failures++;
        lastFailureAt = now.atOffset(ZoneOffset.UTC);
        if (failures >= threshold) {
            int extra = Math.min(failures - threshold, 10);
            Duration lock = baseLock.multipliedBy(1L << extra);
            lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock).atOffset(ZoneOffset.UTC);
        }
    }

    /** Failures older than the window no longer count, unless a lock is still running. */
    void forgetIfStale(Instant now, Duration window) {
        if (lastFailureAt != null && lastFailureAt.toInstant().plus(window).isBefore(now) && !isLocked(now)) {
            failures = 0;
            lockedUntil = null;
        }
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }

    Optional<Instant> lockedUntil(Instant now) {
        return isLocked(now) ? Optional.of(lockedUntil.toInstant()) : Optional.empty();
    }

    int failures() {
        return failures;
    }
}
