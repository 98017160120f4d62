package com.tianzong.crm.platform.tenancy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings every tenant schema to this release's version (at deployment, and on an operator's
 * request), a few at a time. A tenant whose migration fails is marked FAILED, so it is never
 * served on a schema it cannot use (each migration is one transaction: a failed one leaves the
 * previous version); the others go on. How far the run is can be read while it runs.
 */
@ApplicationScoped
public class TenantMigrationRun {

    private static final Logger LOG = Logger.getLogger(TenantMigrationRun.class.getName());

    @Inject
    SchemaMigrations migrations;

    @EJB
    TenantRegistry registry;

    private volatile Progress progress = new Progress(0, 0, List.of(), null, null);

    /** A run's figures: tenants in all, finished so far, the failed ones, when it started and ended. */
    public record Progress(int total, int finished, List<String> failed, Instant startedAt, Instant endedAt)
            implements Serializable {

        public boolean isRunning() {
            return startedAt != null && endedAt == null;
        }

        public long getSeconds() {
            return startedAt == null ? 0 : Duration.between(startedAt, endedAt == null ? Instant.now() : endedAt).toSeconds();
        }

        public int getTotal() {
            return total;
        }

        public int getFinished() {
            return finished;
        }

        public List<String> getFailed() {
            return failed;
        }

        public Instant getEndedAt() {
            return endedAt;
        }
    }

    public synchronized Map<TenantCode, Exception> run(int parallelism) {
        List<Tenant> registered = registry.findAll().stream()
                .filter(tenant -> tenant.getStatus() != Tenant.Status.PROVISIONING)
                .toList();
        List<TenantCode> tenants = registered.stream().map(Tenant::getCode).toList();
        Instant started = Instant.now();
        AtomicInteger finished = new AtomicInteger();
        progress = new Progress(tenants.size(), 0, List.of(), started, null);
        Map<TenantCode, Exception> failures = migrations.migrateTenants(tenants, parallelism, tenant ->
                progress = new Progress(tenants.size(), finished.incrementAndGet(), List.of(), started, null));
        failures.forEach((tenant, failure) -> {
            LOG.log(Level.SEVERE, "Migration of tenant " + tenant + " failed; it is not served", failure);
            registry.markFailed(tenant);
        });
        // a tenant that failed before and is up to date now is served again
        registered.stream()
                .filter(tenant -> tenant.getStatus() == Tenant.Status.FAILED && !failures.containsKey(tenant.getCode()))
                .forEach(tenant -> registry.activate(tenant.getCode()));
        progress = new Progress(tenants.size(), tenants.size(),
                failures.keySet().stream().map(TenantCode::value).sorted().toList(), started, Instant.now());
        LOG.info(() -> String.format("%d tenant schemas up to date, %d failed, in %d s", tenants.size() - failures.size(),
                failures.size(), progress.getSeconds()));
        return failures;
    }

    public Progress progress() {
        return progress;
    }
}
