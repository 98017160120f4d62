package com.tianzong.crm.platform.administration;

import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordNotFoundException;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.Department;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The department tree (TEN-02): create, rename, move and close departments. A move never makes a
 * department its own ancestor; a department with active users or open sub-departments is not
 * closed. Data scopes read the tree on every query, so a move applies at once. Audited.
 */
@Stateless
@TenantAware
public class DepartmentAdministration {

    public static final String MODULE = "department";

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    Permissions permissions;

    @EJB
    AuditTrail auditTrail;

    /** Every department, open and closed, in display order. */
    public List<Department> all() {
        permissions.check(MODULE, PermissionAction.VIEW, null);
        return em.createNamedQuery("Department.findAll", Department.class).getResultList();
    }

    /** Active users per department id. */
    public Map<Long, Long> activeUsers() {
        permissions.check(MODULE, PermissionAction.VIEW, null);
        return em.createQuery("select u.department.id, count(u) from UserAccount u where u.enabled = true"
                        + " and u.department is not null group by u.department.id", Object[].class)
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    public Department create(String code, String name, Long parentId) {
        permissions.check(MODULE, PermissionAction.EDIT, null);
        String trimmedCode = code == null ? "" : code.strip();
        if (!trimmedCode.matches("[A-Za-z0-9_-]{1,30}")) {
            throw new BusinessRuleException("department.code.invalid", "code");
        }
        if (!em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", trimmedCode)
                .getResultList().isEmpty()) {
            throw new BusinessRuleException("department.code.taken", "code", trimmedCode);
        }
        Department department = new Department(trimmedCode, checkedName(name), parentId == null ? null : find(parentId));
        em.persist(department);
        em.flush();
        auditTrail.recordChange(MODULE, department.getId(), null, department.snapshot());
        return department;
    }

    public void rename(long id, String name) {
        change(id, department -> department.rename(checkedName(name)));
    }

    public void move(long id, Long newParentId) {
        change(id, department -> {
            Department parent = newParentId == null ? null : find(newParentId);
            if (parent != null && department.contains(parent)) {
                throw new BusinessRuleException("department.move.cycle", "parent");
            }
            department.moveUnder(parent);
        });
    }

    public void close(long id) {
        change(id, department -> {
            if (activeUsers().getOrDefault(id, 0L) > 0) {
                throw new BusinessRuleException("department.close.hasUsers", null);
            }
            boolean openChildren = all().stream()
                    .anyMatch(other -> other.isActive() && other.getParent() != null && other.getParent().getId() == id);
            if (openChildren) {
                throw new BusinessRuleException("department.close.hasChildren", null);
            }
            department.close();
        });
    }

    public void reopen(long id) {
        change(id, Department::reopen);
    }

    private void change(long id, java.util.function.Consumer<Department> change) {
        permissions.check(MODULE, PermissionAction.EDIT, id);
        Department department = find(id);
        Map<String, String> before = department.snapshot();
        change.accept(department);
        auditTrail.recordChange(MODULE, id, before, department.snapshot());
    }

    private Department find(long id) {
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw new RecordNotFoundException(Department.class, id);
        }
        return department;
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new BusinessRuleException("department.name.invalid", "name");
        }
        return name.strip();
    }
}
