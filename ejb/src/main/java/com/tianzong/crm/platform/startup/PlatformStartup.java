package com.tianzong.crm.platform.startup;

import com.tianzong.crm.platform.demo.DemoTenant;
import com.tianzong.crm.platform.operator.OperatorAccounts;
import com.tianzong.crm.platform.search.SearchIndexCheck;
import com.tianzong.crm.platform.tenancy.SchemaMigrations;
import com.tianzong.crm.platform.tenancy.TenantMigrationRun;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * At deployment, before any request is served: the platform schema and every registered tenant
 * schema are migrated to this version (four at a time; a tenant whose migration fails is marked
 * FAILED and not served, the others go on). With {@code -Dtianzong.demo=true} the demo tenant and
 * the demo operator are created if they do not exist yet. Then the search index is completed
 * for every tenant whose documents do not add up to its records.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    private static final int PARALLEL_MIGRATIONS = 4;

    @Inject
    SchemaMigrations migrations;

    @Inject
    TenantMigrationRun migrationRun;

    @Inject
    DemoTenant demoTenant;

    @EJB
    OperatorAccounts operators;

    @EJB
    SearchIndexCheck searchIndexCheck;


    @PostConstruct
    void start() {
        migrations.migratePlatform();
        migrationRun.run(PARALLEL_MIGRATIONS);
        if (Boolean.getBoolean("tianzong.demo")) {
            demoTenant.ensurePresent();
            operators.ensure(DemoTenant.OPERATOR, "平台运维", DemoTenant.OPERATOR_PASSWORD.toCharArray());
        }
        searchIndexCheck.completeEveryTenant();
    }

}
