package com.tianzong.crm.platform.search;

import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, every active tenant whose documents in the index do not add up to its records
 * (a new index directory, demo data loaded by SQL, a change whose indexing was lost in a crash
 * between commit and index) is indexed again: a small tenant before requests are served, a
 * large one in the background.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexCheck {

    private static final Logger LOG = Logger.getLogger(SearchIndexCheck.class.getName());
    private static final long REBUILD_IN_FOREGROUND_UP_TO = 20_000;

    @EJB
    TenantRegistry registry;

    @EJB
    SearchIndexer indexer;

    @Resource
    ManagedExecutorService executor;

    public void completeEveryTenant() {
        for (Tenant tenant : registry.findAll()) {
            if (tenant.isActive()) {
                complete(tenant.getCode());
            }
        }
    }

    private void complete(TenantCode tenant) {
        try {
            long[] counts = TenantContext.callAs(tenant, indexer::expectedAndHeld);
            if (counts[0] == counts[1]) {
                return;
            }
            LOG.info(() -> "Search index of " + tenant.value() + " holds " + counts[1] + " of " + counts[0] + " records: rebuilding");
            Runnable rebuild = () -> TenantContext.runAs(tenant, () -> indexer.rebuild(done -> { }));
            if (counts[0] <= REBUILD_IN_FOREGROUND_UP_TO) {
                rebuild.run();
            } else {
                executor.submit(rebuild);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Search index of " + tenant.value() + " not checked");
        }
    }
}
