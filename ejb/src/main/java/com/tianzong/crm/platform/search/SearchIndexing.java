package com.tianzong.crm.platform.search;

import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the index in step with committed changes. The generic record service reports every
 * saved or deleted record here; the families they belong to are collected for the transaction
 * and re-read once it has committed (nothing is indexed for work that is rolled back). A small
 * change is waited for, so the user who made it finds it at once; a large one (an import of
 * thousands of rows) goes on in the background.
 */
@ApplicationScoped
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());
    private static final Object KEY = SearchIndexing.class;
    private static final int WAIT_UP_TO_FAMILIES = 2_000;
    private static final long WAIT_SECONDS = 20;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Instance<SearchSource> sources;

    @Inject
    CurrentTenant currentTenant;

    @EJB
    SearchIndexer indexer;

    /** A record of a type was saved or deleted in the current transaction. */
    public void changed(String recordType, Object record) {
        for (SearchSource source : sources) {
            if (source.recordTypes().contains(recordType)) {
                source.familyOf(recordType, record).ifPresent(family -> changedFamily(source.familyType(), family));
            }
        }
    }

    /** A family was changed in the current transaction by other means than the record service (a merge). */
    public void changedFamily(String familyType, long family) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            reindexNow(currentTenant.require(), Map.of(familyType, Set.of(family)));
            return;
        }
        AfterCommit pending = (AfterCommit) transactions.getResource(KEY);
        if (pending == null) {
            pending = new AfterCommit(currentTenant.require());
            transactions.putResource(KEY, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        pending.families.computeIfAbsent(familyType, type -> new TreeSet<>()).add(family);
    }

    private void reindexNow(TenantCode tenant, Map<String, Set<Long>> families) {
        int count = families.values().stream().mapToInt(Set::size).sum();
        Future<?> done = executor.submit(() -> TenantContext.runAs(tenant, () -> {
            try {
                families.forEach(indexer::reindex);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Search index of " + tenant.value() + " not brought in step; "
                        + "it is completed at the next start or by the operators' reindex");
            }
        }));
        if (count > WAIT_UP_TO_FAMILIES) {
            return;
        }
        try {
            done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, e, () -> "Search index of " + tenant.value() + " is late");
        }
    }

    private final class AfterCommit implements Synchronization {

        private final TenantCode tenant;
        private final Map<String, Set<Long>> families = new HashMap<>();

        AfterCommit(TenantCode tenant) {
            this.tenant = tenant;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                reindexNow(tenant, families);
            }
        }
    }
}
