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
@NamedQuery(name = "Department.findAll", query = "select d from Department d order by d.sortOrder, d.code")
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

    public void rename(String newName) {
        this.name = newName;
    }

    /** Moves the department under another one (or to the top); the caller has made sure no cycle arises. */
    public void moveUnder(Department newParent) {
        this.parent = newParent;
    }

    public void close() {
        active = false;
    }

    public void reopen() {
        active = true;
    }

    /** Whether {@code other} is this department or lies below it. */
    public boolean contains(Department other) {
        for (Department node = other; node != null; node = node.getParent()) {
            if (node.equals(this)) {
                return true;
            }
        }
        return false;
    }

    /** As the audit trail shows it. */
    public java.util.Map<String, String> snapshot() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", name);
        fields.put("parent", parent == null ? null : parent.getName());
        fields.put("active", Boolean.toString(active));
        return fields;
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
