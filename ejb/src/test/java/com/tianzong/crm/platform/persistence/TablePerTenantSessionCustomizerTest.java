package com.tianzong.crm.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.platform.persistence.TablePerTenantSessionCustomizer.KeptFieldSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.junit.jupiter.api.Test;

/**
 * PLT-01: the column sets EclipseLink's per-transaction descriptor set-up rebuilds (take out, put
 * back) stay whole when many transactions of many tenants set up at once, and a save looking at
 * them meanwhile always finds its columns.
 */
class TablePerTenantSessionCustomizerTest {

    private static final int TENANTS = 40;
    private static final String[] COLUMNS = {"CUSTOMER_ID", "OWNER_ID", "DEPARTMENT_ID"};

    @Test
    void PLT01_aColumnTakenOutAndPutBackIsNeverMissing() {
        DatabaseField column = new DatabaseField("tenant_a.contact.CUSTOMER_ID");
        KeptFieldSet set = new KeptFieldSet(Set.of(column));
        set.remove(column);
        assertThat(set.contains(column)).isTrue();
        set.add(new DatabaseField("tenant_a.contact.CUSTOMER_ID"));
        assertThat(set).hasSize(1);
        set.add(new DatabaseField("tenant_b.contact.CUSTOMER_ID"));
        assertThat(set).as("one per tenant's table, as before").hasSize(2);
    }

    @Test
    void PLT01_concurrentSetUpsOfManyTenantsNeitherBreakTheSetNorHideAColumn() throws Exception {
        KeptFieldSet set = new KeptFieldSet(List.of());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> misses = new ArrayList<>();
        try {
            for (int thread = 0; thread < 8; thread++) {
                int first = thread;
                misses.add(threads.submit(() -> {
                    start.await();
                    int missed = 0;
                    for (int round = 0; round < 2_000; round++) {
                        int tenant = (first + round) % TENANTS;
                        for (String name : COLUMNS) {
                            // what OneToOneMapping.updateInsertableAndUpdatableFields does for each column
                            DatabaseField column = new DatabaseField("tenant_" + tenant + ".contact." + name);
                            set.remove(column);
                            set.add(column);
                            // what a save of another tenant does meanwhile
                            DatabaseField other = new DatabaseField("tenant_" + ((tenant + 1) % TENANTS) + ".contact." + name);
                            if (round > TENANTS && !set.contains(other)) {
                                missed++;
                            }
                        }
                    }
                    return missed;
                }));
            }
            start.countDown();
            for (Future<Integer> missed : misses) {
                assertThat(missed.get(60, TimeUnit.SECONDS)).as("columns a save did not find").isZero();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(set).as("every tenant's columns, once each").hasSize(TENANTS * COLUMNS.length);
        for (int tenant = 0; tenant < TENANTS; tenant++) {
            for (String name : COLUMNS) {
                assertThat(set.contains(new DatabaseField("tenant_" + tenant + ".contact." + name))).isTrue();
            }
        }
    }
}
