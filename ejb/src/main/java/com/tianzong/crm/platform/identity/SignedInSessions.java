package com.tianzong.crm.platform.identity;

import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantUser;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The record of who is signed in where (PLT-09): opened at sign-in, checked on every request of
 * the session, ended at sign-out, at expiry, or from elsewhere ("log out everywhere", or by the
 * administrator). A session whose record is ended is refused at its next request on any server.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignedInSessions {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public String open(TenantUser user, String address, String userAgent) {
        SignedInSession session = new SignedInSession(user.tenant().value(), user.username(), address, userAgent, clock.instant());
        em.persist(session);
        return session.getId();
    }

    /** Whether the session may go on (it exists and was not ended); notes that it is in use. */
    public boolean stillOpen(String id) {
        SignedInSession session = em.find(SignedInSession.class, id);
        if (session == null || !session.isOpen()) {
            return false;
        }
        session.touch(clock.instant());
        return true;
    }

    public void end(String id, SignedInSession.EndReason reason) {
        Optional.ofNullable(em.find(SignedInSession.class, id)).ifPresent(session -> session.end(reason, clock.instant()));
    }

    /** Ends every open session of the user, wherever it is; returns how many were open. */
    public int endAll(TenantUser user, SignedInSession.EndReason reason) {
        List<SignedInSession> open = em.createNamedQuery("SignedInSession.openOfUser", SignedInSession.class)
                .setParameter("tenant", user.tenant().value())
                .setParameter("username", user.username())
                .getResultList();
        Instant now = clock.instant();
        open.forEach(session -> session.end(reason, now));
        return open.size();
    }

    /** Ends every open session of the company (it is being deleted or suspended). */
    public int endAllOf(TenantCode tenant, SignedInSession.EndReason reason) {
        List<SignedInSession> open = em.createNamedQuery("SignedInSession.openOfTenant", SignedInSession.class)
                .setParameter("tenant", tenant.value())
                .setParameter("since", java.time.OffsetDateTime.parse("2000-01-01T00:00:00Z"))
                .getResultList();
        Instant now = clock.instant();
        open.forEach(session -> session.end(reason, now));
        return open.size();
    }

    /** Sessions of the company used within the idle timeout and not ended, most recently used first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SignedInSession> active(TenantCode tenant, Duration idleTimeout) {
        return em.createNamedQuery("SignedInSession.openOfTenant", SignedInSession.class)
                .setParameter("tenant", tenant.value())
                .setParameter("since", clock.instant().minus(idleTimeout).atOffset(java.time.ZoneOffset.UTC))
                .getResultList();
    }

    /** The latest sign-ins of the company, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SignedInSession> recentSignIns(TenantCode tenant, int limit) {
        return em.createNamedQuery("SignedInSession.recentOfTenant", SignedInSession.class)
                .setParameter("tenant", tenant.value())
                .setMaxResults(limit)
                .getResultList();
    }

    /** The latest sign-ins of one user, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SignedInSession> recentSignIns(TenantUser user, int limit) {
        return em.createNamedQuery("SignedInSession.recentOfUser", SignedInSession.class)
                .setParameter("tenant", user.tenant().value())
                .setParameter("username", user.username())
                .setMaxResults(limit)
                .getResultList();
    }

    /** When each company's users were last active, for the operator console. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, Instant> lastActivityByTenant() {
        return em.createNamedQuery("SignedInSession.lastActivity", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((java.time.OffsetDateTime) row[1]).toInstant()));
    }
}
