package com.tianzong.crm.platform.startup;

import com.tianzong.crm.platform.demo.DemoTenant;
import com.tianzong.crm.platform.operator.OperatorAccounts;
import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import com.tianzong.crm.platform.tenancy.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At deployment, before any request is served: the platform schema and every registered tenant
 * schema are migrated to this version (four at a time; a tenant whose migration fails is marked
 * FAILED and not served, the others go on). With {@code -Dtianzong.demo=true} the demo tenant and
 * the demo operator are created if they do not exist yet.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());
    private static final int PARALLEL_MIGRATIONS = 4;

    @Inject
    SchemaMigrations migrations;

    @EJB
    TenantRegistry registry;

    @Inject
    DemoTenant demoTenant;

    @EJB
    OperatorAccounts operators;


    @PostConstruct
    void start() {
        migrations.migratePlatform();
        migrateTenants();
        if (Boolean.getBoolean("tianzong.demo")) {
            demoTenant.ensurePresent();
            operators.ensure(DemoTenant.OPERATOR, "平台运维", DemoTenant.OPERATOR_PASSWORD.toCharArray());
        }
    }

    private void migrateTenants() {
        List<TenantCode> tenants = registry.findAll().stream()
                .filter(tenant -> tenant.getStatus() != Tenant.Status.PROVISIONING)
                .map(Tenant::getCode)
                .toList();
        long started = System.nanoTime();
        Map<TenantCode, Exception> failures = migrations.migrateTenants(tenants, PARALLEL_MIGRATIONS);
        failures.forEach((tenant, failure) -> {
            LOG.log(Level.SEVERE, "Migration of tenant " + tenant + " failed; it is not served", failure);
            registry.markFailed(tenant);
        });
        LOG.info(() -> String.format("%d tenant schemas up to date, %d failed, in %d ms", tenants.size() - failures.size(),
                failures.size(), (System.nanoTime() - started) / 1_000_000));
    }
}
