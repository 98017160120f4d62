package com.tianzong.crm.platform.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** An invitation to set a first password; only the hash of its token is kept. */
@Entity
@Table(name = "invitation", schema = "platform")
@NamedQuery(name = "Invitation.byTokenHash", query = "select i from Invitation i where i.tokenHash = :hash")
@NamedQuery(name = "Invitation.ofTenant", query = "select i from Invitation i where i.tenantCode = :tenant")
public class Invitation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "tenant_code", nullable = false, updatable = false)
    private String tenantCode;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "email", nullable = false, updatable = false)
    private String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    protected Invitation() {
    }

    Invitation(String tokenHash, String tenantCode, String username, String email, OffsetDateTime now, OffsetDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.tenantCode = tenantCode;
        this.username = username;
        this.email = email;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(OffsetDateTime now) {
        return acceptedAt == null && expiresAt.isAfter(now);
    }

    void accept(OffsetDateTime now) {
        acceptedAt = now;
    }

    public String getTenantCode() {
        return tenantCode;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
