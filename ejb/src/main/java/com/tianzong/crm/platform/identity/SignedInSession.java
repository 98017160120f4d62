package com.tianzong.crm.platform.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One sign-in of a tenant user, from the moment they sign in until they sign out, go idle or
 * their sessions are ended from elsewhere. Kept in the platform schema so that every server
 * of a cluster sees an ended session at once.
 */
@Entity
@Table(name = "user_session", schema = "platform")
@NamedQuery(name = "SignedInSession.openOfUser", query = "select s from SignedInSession s"
        + " where s.tenantCode = :tenant and s.username = :username and s.endedAt is null")
@NamedQuery(name = "SignedInSession.openOfTenant", query = "select s from SignedInSession s"
        + " where s.tenantCode = :tenant and s.endedAt is null and s.lastSeenAt > :since order by s.lastSeenAt desc")
@NamedQuery(name = "SignedInSession.recentOfTenant", query = "select s from SignedInSession s"
        + " where s.tenantCode = :tenant order by s.startedAt desc")
@NamedQuery(name = "SignedInSession.recentOfUser", query = "select s from SignedInSession s"
        + " where s.tenantCode = :tenant and s.username = :username order by s.startedAt desc")
@NamedQuery(name = "SignedInSession.lastActivity", query = "select s.tenantCode, max(s.lastSeenAt) from SignedInSession s"
        + " group by s.tenantCode")
public class SignedInSession implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How often the time of last use is written (every request would be one write per click). */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    public enum EndReason { SIGNED_OUT, EXPIRED, ENDED_BY_USER, ENDED_BY_ADMIN }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "tenant_code", nullable = false, updatable = false)
    private String tenantCode;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private OffsetDateTime lastSeenAt;

    @Column(name = "address", updatable = false)
    private String address;

    @Column(name = "user_agent", updatable = false)
    private String userAgent;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    protected SignedInSession() {
    }

    SignedInSession(String tenantCode, String username, String address, String userAgent, Instant now) {
        this.id = java.util.UUID.randomUUID().toString();
        this.tenantCode = Objects.requireNonNull(tenantCode);
        this.username = Objects.requireNonNull(username);
        this.address = clip(address, 64);
        this.userAgent = clip(userAgent, 300);
        this.startedAt = utc(now);
        this.lastSeenAt = utc(now);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** Notes that the session is in use; returns whether the row changed. */
    boolean touch(Instant now) {
        if (lastSeenAt.toInstant().plus(TOUCH_EVERY).isAfter(now)) {
            return false;
        }
        lastSeenAt = utc(now);
        return true;
    }

    void end(EndReason reason, Instant now) {
        if (endedAt == null) {
            endedAt = utc(now);
            endReason = Objects.requireNonNull(reason);
        }
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public String getId() {
        return id;
    }

    public String getTenantCode() {
        return tenantCode;
    }

    public String getUsername() {
        return username;
    }

    public Instant getStartedAt() {
        return startedAt == null ? null : startedAt.toInstant();
    }

    public Instant getLastSeenAt() {
        return lastSeenAt == null ? null : lastSeenAt.toInstant();
    }

    public String getAddress() {
        return address;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public Instant getEndedAt() {
        return endedAt == null ? null : endedAt.toInstant();
    }

    public EndReason getEndReason() {
        return endReason;
    }
}
