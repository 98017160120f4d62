package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.customer.application.ContactService;
import com.tianzong.crm.customer.domain.Contact;
import com.tianzong.crm.platform.persistence.TablePerTenantSessionCustomizer;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.records.RecordTypes;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PLT-01 under load: transactions of many companies starting at the same moment, in the one
 * long-running application (eclipselink#2406: EclipseLink sets up each transaction's copies of
 * the table-per-tenant descriptors, and concurrent set-ups used to break shared state for good).
 * Every save succeeds, lands in its own company with its reference written, and the application
 * goes on working afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceConcurrencyIT {

    private static final int COMPANIES = 6;
    private static final int THREADS = 8;
    private static final int SAVES_PER_THREAD = 30;

    @EJB
    TenantProvisioning provisioning;

    @EJB
    ContactService contacts;

    @Inject
    RecordTypes recordTypes;

    @Resource
    ManagedExecutorService executor;

    private TestTenants tenants;
    private final List<TenantCode> companies = new ArrayList<>();

    @BeforeEach
    void companies() {
        tenants = new TestTenants(provisioning);
        RecordType<?> contact = recordTypes.find("contact").orElseThrow();
        for (int i = 0; i < COMPANIES; i++) {
            TenantCode company = tenants.create("it_conc");
            TenantContext.callAs(company, () -> RecordSamples.save(contact, "FIRST"));
            companies.add(company);
        }
    }

    @AfterEach
    void removeCompanies() {
        tenants.removeAll();
    }

    @Test
    void PLT01_savesOfManyCompaniesAtOnceAllLandWholeInTheirOwnCompany() throws Exception {
        assertThat(TablePerTenantSessionCustomizer.protectedSets()).as("to-one mappings' column sets replaced at start-up").isPositive();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> saved = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int first = thread;
            saved.add(executor.submit(() -> {
                start.await();
                for (int i = 0; i < SAVES_PER_THREAD; i++) {
                    TenantCode company = companies.get((first + i) % COMPANIES);
                    String name = "并发联系人 " + first + "-" + i;
                    TenantContext.callAs(company, () -> {
                        Contact contact = contacts.get(contacts.findPage(PageRequest.firstPage(1)).rows().get(0).getId());
                        Contact another = new Contact();
                        another.setCustomer(contact.getCustomer());
                        another.setName(name);
                        another.setContactRole("PURCHASER");
                        another.setMobile("13800138000");
                        return contacts.save(another);
                    });
                }
                return SAVES_PER_THREAD;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> each : saved) {
            total += each.get(300, TimeUnit.SECONDS);
        }
        assertThat(total).isEqualTo(THREADS * SAVES_PER_THREAD);

        int landed = 0;
        for (int i = 0; i < COMPANIES; i++) {
            int index = i;
            List<Contact> all = TenantContext.callAs(companies.get(i), () -> contacts.findPage(PageRequest.firstPage(500)).rows());
            List<Contact> made = all.stream().filter(contact -> contact.getName().startsWith("并发联系人")).toList();
            assertThat(made).as("company " + index + ": every contact with its customer, of this company")
                    .allSatisfy(contact -> assertThat(contact.getCustomer()).isNotNull()
                            .satisfies(customer -> assertThat(customer.getId()).isEqualTo(all.get(all.size() - 1).getCustomer().getId())));
            landed += made.size();
        }
        assertThat(landed).as("each save in exactly one company").isEqualTo(THREADS * SAVES_PER_THREAD);
    }
}
