package com.tianzong.crm.platform.security;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A role's data scope for one record type, where it differs from the role's default. */
@Entity
@Table(name = "role_data_scope")
public class RoleDataScope extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_id")
    private Role role;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_scope", nullable = false)
    private DataScope dataScope;

    protected RoleDataScope() {
    }

    RoleDataScope(Role role, String recordType, DataScope dataScope) {
        this.role = role;
        this.recordType = recordType;
        this.dataScope = dataScope;
    }

    void change(DataScope scope) {
        this.dataScope = scope;
    }

    public String getRecordType() {
        return recordType;
    }

    public DataScope getDataScope() {
        return dataScope;
    }
}
