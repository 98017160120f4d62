package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.platform.tenancy.SchemaMigrations;
import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantMigrationRun;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Upgrading many tenants at once (TEN-01, PLT-01): 50 tenant schemas left at an older release's
 * version and one whose upgrade cannot succeed are brought up to date in parallel; the broken one
 * is marked FAILED and stays on its last good version (never half-migrated), the other 50 are
 * served on the new version, and the run's progress is readable throughout.
 */
@ExtendWith(ArquillianExtension.class)
class TenantMigrationIT {

    private static final int TENANTS = 50;
    private static final String OLDER_RELEASE = "5";


    @EJB
    TenantRegistry registry;

    @EJB
    TenantProvisioning provisioning;

    @Inject
    SchemaMigrations migrations;

    @Inject
    TenantMigrationRun migrationRun;

    @Resource(lookup = "jdbc/tianzong")
    DataSource dataSource;

    private final List<TenantCode> created = new ArrayList<>();

    @AfterEach
    void removeTenants() {
        created.forEach(provisioning::remove);
    }

    @Test
    void PLT01_fiftyTenantsUpgradeInParallelAndABrokenOneIsMarkedWithoutBlockingThem() throws Exception {
        String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
        for (int i = 0; i < TENANTS; i++) {
            olderTenant(TenantCode.of("up" + run + "_" + i));
        }
        TenantCode broken = olderTenant(TenantCode.of("up" + run + "_broken"));
        // something in the broken tenant's schema stands in the way of the next migration
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter table \"" + broken.schemaName() + "\".user_account add column position integer");
        }

        Map<TenantCode, Exception> failures = migrationRun.run(4);

        String latest = migrations.latestTenantVersion();
        assertThat(failures).containsOnlyKeys(broken);
        for (TenantCode tenant : created) {
            if (tenant.equals(broken)) {
                assertThat(registry.find(tenant)).get().extracting(Tenant::getStatus).isEqualTo(Tenant.Status.FAILED);
                assertThat(migrations.versionOf(tenant)).as("left on its last good version").contains(OLDER_RELEASE);
            } else {
                assertThat(registry.find(tenant)).get().extracting(Tenant::getStatus).isEqualTo(Tenant.Status.ACTIVE);
                assertThat(migrations.versionOf(tenant)).as(tenant.value()).contains(latest);
            }
        }
        TenantMigrationRun.Progress progress = migrationRun.progress();
        assertThat(progress.isRunning()).isFalse();
        assertThat(progress.getFinished()).isEqualTo(progress.getTotal());
        assertThat(progress.getTotal()).isGreaterThanOrEqualTo(TENANTS + 1);
        assertThat(progress.getFailed()).containsExactly(broken.value());

        // repaired, the next run brings it up to date and it is served again
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter table \"" + broken.schemaName() + "\".user_account drop column position");
        }
        assertThat(migrationRun.run(4)).isEmpty();
        assertThat(registry.find(broken)).get().extracting(Tenant::getStatus).isEqualTo(Tenant.Status.ACTIVE);
        assertThat(migrations.versionOf(broken)).contains(latest);
    }

    private TenantCode olderTenant(TenantCode code) {
        registry.register(code, "升级测试 " + code.value(), "STANDARD");
        created.add(code);
        migrations.migrateTenantTo(code, OLDER_RELEASE);
        registry.activate(code);
        return code;
    }
}
