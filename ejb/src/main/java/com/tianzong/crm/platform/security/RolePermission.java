package com.tianzong.crm.platform.security;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One action a role may take on one module. */
@Entity
@Table(name = "role_permission")
@NamedQuery(name = "RolePermission.countGranted",
        query = "select count(p) from RolePermission p where p.role.code in :roles and p.module = :module and p.action = :action")
@NamedQuery(name = "RolePermission.findGranted",
        query = "select p from RolePermission p where p.role.code in :roles")
@NamedQuery(name = "RolePermission.findByRole", query = "select p from RolePermission p where p.role = :role")
public class RolePermission extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_id")
    private Role role;

    @Column(name = "module", nullable = false)
    private String module;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    private PermissionAction action;

    protected RolePermission() {
    }

    public RolePermission(Role role, String module, PermissionAction action) {
        this.role = role;
        this.module = module;
        this.action = action;
    }

    public String getModule() {
        return module;
    }

    public PermissionAction getAction() {
        return action;
    }
}
