package com.tianzong.crm.platform.operator;

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

/** One thing an operator did to a tenant. Written once; the table refuses changes. */
@Entity
@Table(name = "operator_audit", schema = "platform")
@NamedQuery(name = "OperatorAuditEntry.recent", query = "select e from OperatorAuditEntry e order by e.occurredAt desc, e.id desc")
public class OperatorAuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Action { CREATE, SUSPEND, RESUME, DELETE, DELETE_REFUSED, EXPORT, IMPORT, REINDEX }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "operator", nullable = false, updatable = false)
    private String operator;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private Action action;

    @Column(name = "tenant_code", nullable = false, updatable = false)
    private String tenantCode;

    @Column(name = "detail", updatable = false)
    private String detail;

    protected OperatorAuditEntry() {
    }

    OperatorAuditEntry(OffsetDateTime occurredAt, String operator, Action action, String tenantCode, String detail) {
        this.occurredAt = occurredAt;
        this.operator = operator;
        this.action = action;
        this.tenantCode = tenantCode;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getOperator() {
        return operator;
    }

    public Action getAction() {
        return action;
    }

    public String getTenantCode() {
        return tenantCode;
    }

    public String getDetail() {
        return detail;
    }
}
