package com.tianzong.crm.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A subscribing company, as registered in the shared {@code platform} schema. */
@Entity
@Table(name = "tenant", schema = "platform")
@NamedQuery(name = "Tenant.findByCode", query = "select t from Tenant t where t.code = :code")
@NamedQuery(name = "Tenant.findAll", query = "select t from Tenant t order by t.code")
public class Tenant {

    public enum Status { PROVISIONING, ACTIVE, SUSPENDED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "schema_name", nullable = false, updatable = false)
    private String schemaName;

    @Column(name = "plan", nullable = false)
    private String plan;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_activity")
    private OffsetDateTime lastActivity;

    protected Tenant() {
    }

    public Tenant(TenantCode code, String name, String plan) {
        this.code = Objects.requireNonNull(code).value();
        this.schemaName = code.schemaName();
        this.name = Objects.requireNonNull(name);
        this.plan = Objects.requireNonNull(plan);
        this.status = Status.PROVISIONING;
        this.createdAt = OffsetDateTime.now();
    }

    public void rename(String newName) {
        this.name = java.util.Objects.requireNonNull(newName);
    }

    public void activate() {
        status = Status.ACTIVE;
    }

    /** Its users can no longer sign in; its data is kept. */
    public void suspend() {
        if (status == Status.ACTIVE) {
            status = Status.SUSPENDED;
        }
    }

    public void resume() {
        if (status == Status.SUSPENDED) {
            status = Status.ACTIVE;
        }
    }

    public void markFailed() {
        status = Status.FAILED;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public TenantCode getCode() {
        return TenantCode.of(code);
    }

    public String getName() {
        return name;
    }

    public String getSchemaName() {
        return schemaName;
    }

    public String getPlan() {
        return plan;
    }

    public Status getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastActivity() {
        return lastActivity;
    }
}
