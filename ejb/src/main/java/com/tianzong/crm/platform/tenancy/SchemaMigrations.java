package com.tianzong.crm.platform.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** Loads the demo data set once into an already migrated tenant schema (own history table). */
    public MigrateResult loadDemoData(TenantCode tenant) {
        return flyway(tenant.schemaName(), DEMO_LOCATION, "demo_data_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String schema, String location, String table) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(table)
                .locations(location)
                .validateMigrationNaming(true);
    }
}
