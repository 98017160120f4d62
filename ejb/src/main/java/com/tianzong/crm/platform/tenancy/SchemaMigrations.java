package com.tianzong.crm.platform.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway for the platform schema and for tenant schemas: one migration set
 * ({@code db/tenant}) applied to every tenant schema, so all tenants have identical tables.
 */
@ApplicationScoped
public class SchemaMigrations {

    static final String PLATFORM_SCHEMA = "platform";
    private static final String TENANT_LOCATION = "classpath:db/tenant";
    private static final String PLATFORM_LOCATION = "classpath:db/platform";
    private static final String DEMO_LOCATION = "classpath:db/demo";

    static {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    }

    @Resource(lookup = "jdbc/tianzong")
    DataSource dataSource;

    public MigrateResult migratePlatform() {
        return flyway(PLATFORM_SCHEMA, PLATFORM_LOCATION, "flyway_schema_history").load().migrate();
    }

    /** Creates the tenant's schema when missing and brings it to the current version. */
    public MigrateResult migrateTenant(TenantCode tenant) {
        return flyway(tenant.schemaName(), TENANT_LOCATION, "flyway_schema_history").load().migrate();
    }

    /** Brings a tenant's schema to the given version only (an older release's schema, for upgrade tests). */
    public MigrateResult migrateTenantTo(TenantCode tenant, String version) {
        return flyway(tenant.schemaName(), TENANT_LOCATION, "flyway_schema_history").target(version).load().migrate();
    }

    /** The version a tenant's schema is at; empty if it has none yet. */
    public java.util.Optional<String> versionOf(TenantCode tenant) {
        var current = flyway(tenant.schemaName(), TENANT_LOCATION, "flyway_schema_history").load().info().current();
        return current == null ? java.util.Optional.empty() : java.util.Optional.of(current.getVersion().getVersion());
    }

    /** The newest version of the tenant migrations this release carries. */
    public String latestTenantVersion() {
        var all = flyway("public", TENANT_LOCATION, "flyway_schema_history").load().info().all();
        return all[all.length - 1].getVersion().getVersion();
    }

    public Map<TenantCode, Exception> migrateTenants(List<TenantCode> tenants, int parallelism) {
        return migrateTenants(tenants, parallelism, tenant -> { });
    }

    /**
     * Migrates many tenant schemas, {@code parallelism} at a time. The Flyway instances are built on
     * the calling thread; the worker threads only talk JDBC, never to the container. Each tenant is
     * reported to {@code finished} when its migration ends. Returns the tenants whose migration
     * failed, with the reason; the others are migrated regardless.
     */
    public Map<TenantCode, Exception> migrateTenants(List<TenantCode> tenants, int parallelism,
                                                     java.util.function.Consumer<TenantCode> finished) {
        Map<TenantCode, Flyway> prepared = new LinkedHashMap<>();
        tenants.forEach(code -> prepared.put(code, flyway(code.schemaName(), TENANT_LOCATION, "flyway_schema_history").load()));
        Map<TenantCode, Exception> failures = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, parallelism));
        try {
            prepared.forEach((code, flyway) -> workers.submit(() -> {
                try {
                    flyway.migrate();
                } catch (RuntimeException e) {
                    failures.put(code, e);
                } finally {
                    finished.accept(code);
                }
            }));
        } finally {
            workers.shutdown();
        }
        try {
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("Tenant migrations did not finish within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while migrating tenant schemas", e);
        }
        return failures;
    }

    /** Loads the demo data set once into an already migrated tenant schema (own history table). */
    public MigrateResult loadDemoData(TenantCode tenant) {
        MigrateResult result = flyway(tenant.schemaName(), DEMO_LOCATION, "demo_data_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        try (java.sql.Connection connection = dataSource.getConnection()) {
            com.tianzong.crm.customer.application.MatchKeyFill.fill(connection, tenant.schemaName());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not fill the demo customers' match keys", e);
        }
        return result;
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String schema, String location, String table) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(table)
                .locations(location)
                .javaMigrations(TENANT_LOCATION.equals(location)
                        ? new org.flywaydb.core.api.migration.JavaMigration[] {new com.tianzong.crm.customer.application.V20__Customer_match_keys()}
                        : new org.flywaydb.core.api.migration.JavaMigration[0])
                .validateMigrationNaming(true);
    }
}
