package com.tianzong.crm.platform.tenancy;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The tenant directory in the platform schema. */
@Stateless
public class TenantRegistry {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    public Optional<Tenant> find(TenantCode code) {
        return em.createNamedQuery("Tenant.findByCode", Tenant.class)
                .setParameter("code", code.value())
                .getResultStream()
                .findFirst();
    }

    public List<Tenant> findAll() {
        return em.createNamedQuery("Tenant.findAll", Tenant.class).getResultList();
    }

    /** Registers a new tenant as PROVISIONING, in its own transaction so the code is taken at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Tenant register(TenantCode code, String name, String plan) {
        if (find(code).isPresent()) {
            throw new TenantExistsException(code);
        }
        Tenant tenant = new Tenant(code, name, plan);
        em.persist(tenant);
        em.flush();
        return tenant;
    }

    /** The company's own name changed (its administrator keeps the profile). */
    public void rename(TenantCode code, String name) {
        find(code).ifPresent(tenant -> tenant.rename(name));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void activate(TenantCode code) {
        find(code).orElseThrow().activate();
    }

    public void suspend(TenantCode code) {
        find(code).orElseThrow().suspend();
    }

    public void resume(TenantCode code) {
        find(code).orElseThrow().resume();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(TenantCode code) {
        find(code).ifPresent(Tenant::markFailed);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remove(TenantCode code) {
        find(code).ifPresent(em::remove);
    }
}
