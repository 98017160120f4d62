package com.tianzong.crm.platform.codelist;

import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the tenant's code lists. */
@Stateless
@TenantAware
public class CodeLists {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    public List<CodeItem> items(String listCode) {
        return em.createNamedQuery("CodeItem.findActiveByList", CodeItem.class)
                .setParameter("list", listCode)
                .getResultList();
    }

    public boolean contains(String listCode, String code) {
        return items(listCode).stream().anyMatch(item -> item.getCode().equals(code));
    }
}
