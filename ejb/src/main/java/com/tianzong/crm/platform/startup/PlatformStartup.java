package com.tianzong.crm.platform.startup;

import com.tianzong.crm.platform.demo.DemoTenant;
import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import com.tianzong.crm.platform.tenancy.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At deployment, before any request is served: the platform schema and every registered tenant
 * schema are migrated to this version (in parallel on the managed executor; a tenant whose migration fails is marked
 * FAILED and not served, the others go on). With {@code -Dtianzong.demo=true} the demo tenant is
 * created if it does not exist yet.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    SchemaMigrations migrations;

    @EJB
    TenantRegistry registry;

    @Inject
    DemoTenant demoTenant;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        migrations.migratePlatform();
        migrateTenants();
        if (Boolean.getBoolean("tianzong.demo")) {
            demoTenant.ensurePresent();
        }
    }

    private void migrateTenants() {
        List<TenantCode> tenants = registry.findAll().stream()
                .filter(tenant -> tenant.getStatus() != Tenant.Status.PROVISIONING)
                .map(Tenant::getCode)
                .toList();
        long started = System.nanoTime();
        try {
            List<Future<?>> runs = tenants.stream()
                    .<Future<?>>map(code -> executor.submit(() -> migrations.migrateTenant(code)))
                    .toList();
            for (int i = 0; i < runs.size(); i++) {
                try {
                    runs.get(i).get();
                } catch (ExecutionException e) {
                    LOG.log(Level.SEVERE, "Migration of tenant " + tenants.get(i) + " failed; it is not served", e.getCause());
                    registry.markFailed(tenants.get(i));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while migrating tenant schemas", e);
        }
        LOG.info(() -> String.format("%d tenant schemas up to date in %d ms", tenants.size(),
                (System.nanoTime() - started) / 1_000_000));
    }
}
