package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.tenancy.NoTenantException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PLT-01: two tenants whose customers have the same ids; no row of one ever reaches the other —
 * by find, by query, after caching, under concurrent requests — and work without a tenant fails.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    CustomerService customers;

    @Resource
    ManagedExecutorService executor;

    private TestTenants tenants;
    private TenantCode alpha;
    private TenantCode beta;

    @BeforeEach
    void twoTenantsWithTheSameIds() {
        tenants = new TestTenants(provisioning);
        alpha = tenants.create("it_alpha");
        beta = tenants.create("it_beta");
        for (int i = 1; i <= 3; i++) {
            addCustomer(alpha, "A" + i, "甲公司客户" + i);
        }
        for (int i = 1; i <= 5; i++) {
            addCustomer(beta, "B" + i, "乙公司客户" + i);
        }
    }

    @AfterEach
    void removeTenants() {
        tenants.removeAll();
    }

    @Test
    void PLT01_sameIdFindsOwnTenantsRowOnly() {
        for (long id = 1; id <= 3; id++) {
            long current = id;
            Customer a = TenantContext.callAs(alpha, () -> customers.get(current));
            Customer b = TenantContext.callAs(beta, () -> customers.get(current));
            assertThat(a.getId()).isEqualTo(b.getId());
            assertThat(a.getName()).startsWith("甲公司");
            assertThat(b.getName()).startsWith("乙公司");
        }
        assertThat(TenantContext.callAs(alpha, () -> customers.find(5))).isEmpty();
        assertThat(TenantContext.callAs(beta, () -> customers.find(5))).isPresent();
    }

    @Test
    void PLT01_queriesListAndCountOnlyOwnTenantsRows() {
        PageRequest all = PageRequest.firstPage(100);
        List<Customer> alphaRows = TenantContext.callAs(alpha, () -> customers.findPage(all).rows());
        List<Customer> betaRows = TenantContext.callAs(beta, () -> customers.findPage(all).rows());
        assertThat(alphaRows).hasSize(3).allSatisfy(c -> assertThat(c.getName()).startsWith("甲公司"));
        assertThat(betaRows).hasSize(5).allSatisfy(c -> assertThat(c.getName()).startsWith("乙公司"));
        assertThat(TenantContext.callAs(alpha, () -> customers.count(all.withText("乙公司")))).isZero();
        assertThat(TenantContext.callAs(beta, () -> customers.findPage(all.withFilter("code", "A1")).rows())).isEmpty();
    }

    @Test
    void PLT01_cachedRowsNeverCrossTenants() {
        for (int round = 0; round < 20; round++) {
            TenantCode first = round % 2 == 0 ? alpha : beta;
            TenantCode second = first == alpha ? beta : alpha;
            String firstName = TenantContext.callAs(first, () -> customers.get(1).getName());
            String secondName = TenantContext.callAs(second, () -> customers.get(1).getName());
            assertThat(firstName).isNotEqualTo(secondName);
            assertThat(firstName).startsWith(first == alpha ? "甲公司" : "乙公司");
        }
    }

    @Test
    void PLT01_concurrentMixedTenantRequestsNeverLeak() throws Exception {
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            TenantCode tenant = i % 2 == 0 ? alpha : beta;
            long id = 1 + i % 3;
            String expectedPrefix = tenant == alpha ? "甲公司" : "乙公司";
            Callable<String> request = () -> TenantContext.callAs(tenant, () -> {
                String viaFind = customers.get(id).getName();
                boolean pageClean = customers.findPage(PageRequest.firstPage(50)).rows().stream()
                        .allMatch(c -> c.getName().startsWith(expectedPrefix));
                return pageClean && viaFind.startsWith(expectedPrefix) ? "ok" : "LEAK " + tenant + " " + viaFind;
            });
            results.add(executor.submit(request));
        }
        for (Future<String> result : results) {
            assertThat(result.get()).isEqualTo("ok");
        }
    }

    @Test
    void PLT01_workWithoutTenantFailsClosed() {
        assertThatThrownBy(() -> customers.find(1))
                .isInstanceOf(EJBException.class)
                .hasRootCauseInstanceOf(NoTenantException.class);
    }

    private void addCustomer(TenantCode tenant, String code, String name) {
        TenantContext.runAs(tenant, () -> {
            Customer customer = customers.newRecord();
            customer.setCode(code);
            customer.setName(name);
            customer.setCustomerType("ENTERPRISE");
            customer.setCreditLimit(new BigDecimal("1000.00"));
            customers.save(customer);
        });
    }
}
