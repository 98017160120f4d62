package com.tianzong.crm.platform.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lock-out after repeated failed sign-ins, per typed account (company + user name, existing or
 * not, so a lock reveals nothing) and per source address. An account locks for 15 minutes after
 * 5 failures in a row, an address after 20; every further failure doubles the lock (at most a
 * day). A successful sign-in clears the account's count. Kept in the platform schema, so it
 * holds across restarts and servers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInThrottle {

    static final int ACCOUNT_THRESHOLD = 5;
    static final int ADDRESS_THRESHOLD = 20;
    static final Duration BASE_LOCK = Duration.ofMinutes(15);
    static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Until when sign-in is refused for this account or address; empty when it is allowed. */
    public Optional<Instant> lockedUntil(String company, String username, String address) {
        Instant now = clock.instant();
        return Stream.of(find(SignInFailure.Kind.ACCOUNT, account(company, username)),
                        find(SignInFailure.Kind.ADDRESS, address))
                .flatMap(Optional::stream)
                .map(failure -> failure.lockedUntil(now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    public void recordFailure(String company, String username, String address) {
        Instant now = clock.instant();
        count(SignInFailure.Kind.ACCOUNT, account(company, username), now, ACCOUNT_THRESHOLD);
        if (address != null) {
            count(SignInFailure.Kind.ADDRESS, address, now, ADDRESS_THRESHOLD);
        }
    }

    public void recordSuccess(String company, String username) {
        find(SignInFailure.Kind.ACCOUNT, account(company, username)).ifPresent(em::remove);
    }

    private void count(SignInFailure.Kind kind, String subject, Instant now, int threshold) {
        SignInFailure failure = find(kind, subject).orElseGet(() -> {
            SignInFailure created = new SignInFailure(kind, subject);
            em.persist(created);
            return created;
        });
        failure.forgetIfStale(now, WINDOW);
        failure.fail(now, threshold, BASE_LOCK);
    }

    private Optional<SignInFailure> find(SignInFailure.Kind kind, String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("SignInFailure.find", SignInFailure.class)
                .setParameter("kind", kind)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    static String account(String company, String username) {
        String key = (company == null ? "" : company.trim().toLowerCase(Locale.ROOT)) + "/"
                + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
