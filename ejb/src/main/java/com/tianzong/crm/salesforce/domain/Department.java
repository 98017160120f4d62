package com.tianzong.crm.salesforce.domain;

import com.tianzong.crm.platform.persistence.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A department of the tenant's organisation (销售组织), a node of the org tree. */
@Entity
@Table(name = "department")
@NamedQuery(name = "Department.findByCode", query = "select d from Department d where d.code = :code")
@NamedQuery(name = "Department.findActive",
        query = "select d from Department d where d.active = true order by d.sortOrder, d.code")
public class Department extends TenantRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Department parent;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Department() {
    }

    public Department(String code, String name, Department parent) {
        this.code = code;
        this.name = name;
        this.parent = parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Department getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return name;
    }
}
