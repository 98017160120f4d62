package com.tianzong.crm.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * One changed field of one record. Written once, never changed: the table refuses updates and
 * deletes, and this class has no way to change an entry.
 */
@Entity
@Table(name = "audit_entry")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = "eclipselink.tenant-schema-id")
@NamedQuery(name = "AuditEntry.findByRecord",
        query = "select a from AuditEntry a where a.recordType = :type and a.recordId = :id order by a.occurredAt desc, a.id desc")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_VALUE_LENGTH = 1000;

    public enum Action { CREATE, UPDATE, DELETE, DENIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "source", nullable = false, updatable = false)
    private String source;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private Action action;

    @Column(name = "field", updatable = false)
    private String field;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    protected AuditEntry() {
    }

    AuditEntry(OffsetDateTime occurredAt, String actor, String source, String recordType, long recordId,
               Action action, String field, String oldValue, String newValue) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.source = source;
        this.recordType = recordType;
        this.recordId = recordId;
        this.action = action;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getSource() {
        return source;
    }

    public String getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    public Action getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
