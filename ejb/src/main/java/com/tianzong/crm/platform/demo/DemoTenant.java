package com.tianzong.crm.platform.demo;

import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.tenancy.SchemaMigrations;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Creates the demo tenant {@code demo} (上海天纵机电设备有限公司) with its departments, staff and
 * customers and products, once: each versioned demo data set is loaded once (a set added by a
 * later release reaches an existing demo tenant on its next start), so starting again adds nothing.
 */
@ApplicationScoped
public class DemoTenant {

    public static final TenantCode CODE = TenantCode.of("demo");
    /** The password of every demo login, printed by the run command. */
    public static final String PASSWORD = "Demo@2026";
    /** The demo operator of the operator console, and its password. */
    public static final String OPERATOR = "ops";
    public static final String OPERATOR_PASSWORD = "Operator@2026";
    private static final Logger LOG = Logger.getLogger(DemoTenant.class.getName());

    @EJB
    TenantRegistry registry;

    @EJB
    TenantProvisioning provisioning;

    @EJB
    UserAccounts userAccounts;

    @Inject
    SchemaMigrations migrations;

    public void ensurePresent() {
        if (registry.find(CODE).isPresent()) {
            // demo data added by a later release (its own versioned set) arrives once; nothing repeats
            var added = migrations.loadDemoData(CODE);
            if (added.migrationsExecuted > 0) {
                LOG.info("Demo tenant '" + CODE + "': " + added.migrationsExecuted + " new demo data sets loaded");
            }
            return;
        }
        provisioning.provision(CODE, "上海天纵机电设备有限公司", "STANDARD", this::loadDemoData);
        LOG.info("Demo tenant '" + CODE + "' created");
    }

    void loadDemoData(TenantCode tenant) {
        migrations.loadDemoData(tenant);
        TenantContext.runAs(tenant, () -> userAccounts.setInitialPasswords(PASSWORD.toCharArray()));
    }
}
