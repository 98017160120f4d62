package com.tianzong.crm.platform.tenancy;

import com.tianzong.crm.platform.search.SearchIndex;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings a tenant into being: registers it, creates and migrates its schema (which includes the
 * versioned default data), lets the caller add its initial data, then activates it. Any failure
 * on the way removes the schema and the registration, so no half-created tenant is left behind.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantProvisioning {

    private static final Logger LOG = Logger.getLogger(TenantProvisioning.class.getName());

    @EJB
    SearchIndex searchIndex;

    @EJB
    TenantRegistry registry;

    @Inject
    SchemaMigrations migrations;

    @Inject
    TenantSchemas schemas;

    public Tenant provision(TenantCode code, String name, String plan, Consumer<TenantCode> initialData) {
        registry.register(code, name, plan);
        try {
            migrations.migrateTenant(code);
            initialData.accept(code);
            registry.activate(code);
            return registry.find(code).orElseThrow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Provisioning tenant " + code + " failed; removing what was created", e);
            schemas.drop(code);
            registry.remove(code);
            throw e;
        }
    }

    /** Removes a tenant's schema and registration (tests and, later, the operator console). */
    public void remove(TenantCode code) {
        schemas.drop(code);
        registry.remove(code);
        searchIndex.purge(code);
    }
}
