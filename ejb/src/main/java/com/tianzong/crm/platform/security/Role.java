package com.tianzong.crm.platform.security;

import com.tianzong.crm.platform.i18n.LocalizedName;
import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A role of the tenant (销售经理, 业务员 …) with the data scope its holders get. */
@Entity
@Table(name = "role")
@NamedQuery(name = "Role.findByCodes", query = "select r from Role r where r.code in :codes")
@NamedQuery(name = "Role.findAll", query = "select r from Role r order by r.id")
public class Role extends TenantRecord {

    private static final long serialVersionUID = 1L;
    /** The tenant administrator's role: it always keeps the right to manage roles. */
    public static final String TENANT_ADMIN = "TENANT_ADMIN";

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Embedded
    private LocalizedName name;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_scope", nullable = false)
    private DataScope dataScope;

    @OneToMany(mappedBy = "role", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleDataScope> recordTypeScopes = new ArrayList<>();

    protected Role() {
    }

    /** The scope for one record type: its own setting if the role has one, else the role's default. */
    public DataScope scopeFor(String recordType) {
        return recordTypeScopes.stream()
                .filter(scope -> scope.getRecordType().equals(recordType))
                .map(RoleDataScope::getDataScope)
                .findFirst()
                .orElse(dataScope);
    }

    public void changeScope(String recordType, DataScope scope) {
        Objects.requireNonNull(scope);
        recordTypeScopes.stream()
                .filter(existing -> existing.getRecordType().equals(recordType))
                .findFirst()
                .ifPresentOrElse(existing -> existing.change(scope),
                        () -> recordTypeScopes.add(new RoleDataScope(this, recordType, scope)));
    }

    public String getCode() {
        return code;
    }

    public String label(java.util.Locale locale) {
        return name.in(locale);
    }

    public DataScope getDataScope() {
        return dataScope;
    }
}
