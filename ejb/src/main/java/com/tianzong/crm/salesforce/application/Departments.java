package com.tianzong.crm.salesforce.application;

import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.Department;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The department tree of the tenant's organisation. */
@Stateless
@TenantAware
public class Departments {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    public Optional<Department> findByCode(String code) {
        return em.createNamedQuery("Department.findByCode", Department.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public List<Department> findActive() {
        return em.createNamedQuery("Department.findActive", Department.class).getResultList();
    }

    /** Adds a department under {@code parentCode}, or at the top when it is null. */
    public Department create(String code, String name, String parentCode) {
        if (findByCode(code).isPresent()) {
            throw new BusinessRuleException("department.code.taken", "code", code);
        }
        Department parent = parentCode == null ? null
                : findByCode(parentCode).orElseThrow(() -> new BusinessRuleException("department.parent.unknown", "parent", parentCode));
        Department department = new Department(code, name, parent);
        em.persist(department);
        em.flush();
        return department;
    }
}
