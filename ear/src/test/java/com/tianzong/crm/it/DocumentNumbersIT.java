package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.numbering.DocumentNumbers;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SAL-04/SAL-05: document numbers are consecutive per company, type and year, a rolled-back
 * document gives its number back, and documents created at the same moment never share or skip
 * a number.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentNumbersIT {

    private static final int CONCURRENT = 20;


    @EJB
    TenantProvisioning provisioning;

    @EJB
    DocumentNumbers numbers;

    @EJB
    CompanyProfiles profiles;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    private TestTenants tenants;
    private TenantCode company;
    private TenantCode other;
    private int year;

    @BeforeEach
    void companies() {
        tenants = new TestTenants(provisioning);
        company = tenants.create("it_num");
        other = tenants.create("it_num_other");
        year = TenantContext.callAs(company, profiles::today).getYear();
    }

    @AfterEach
    void removeCompanies() {
        tenants.removeAll();
    }

    @Test
    void SAL04_numbersAreConsecutivePerTypeAndCompanyAndARolledBackDocumentGivesItsNumberBack() {
        assertThat(inTransaction(company, true, () -> List.of(numbers.next("SALES_ORDER", "SO"), numbers.next("SALES_ORDER", "SO"))))
                .containsExactly(number("SO", 1), number("SO", 2));
        assertThat(inTransaction(company, true, () -> numbers.next("QUOTE", "QT"))).as("each type counts for itself").isEqualTo(number("QT", 1));
        assertThat(inTransaction(company, false, () -> numbers.next("SALES_ORDER", "SO"))).as("taken, then rolled back").isEqualTo(number("SO", 3));
        assertThat(inTransaction(company, true, () -> numbers.next("SALES_ORDER", "SO"))).as("no gap").isEqualTo(number("SO", 3));
        assertThat(inTransaction(other, true, () -> numbers.next("SALES_ORDER", "SO"))).as("another company counts for itself").isEqualTo(number("SO", 1));
    }

    @Test
    void SAL04_documentsCreatedAtTheSameMomentNeverShareOrSkipANumber() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> taken = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            taken.add(executor.submit(() -> {
                start.await();
                return inTransaction(company, true, () -> numbers.next("INVOICE", "INV"));
            }));
        }
        start.countDown();
        List<String> issued = new ArrayList<>();
        for (Future<String> number : taken) {
            issued.add(number.get(60, TimeUnit.SECONDS));
        }
        assertThat(issued).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CONCURRENT).mapToObj(n -> number("INV", n)).toList());
    }

    private String number(String prefix, long value) {
        return DocumentNumbers.format(prefix, year, value);
    }

    /** Work in a transaction of its own for a company, committed or rolled back. */
    private <T> T inTransaction(TenantCode tenant, boolean commit, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> {
            try {
                transaction.begin();
                try {
                    return work.get();
                } finally {
                    if (commit) {
                        transaction.commit();
                    } else {
                        transaction.rollback();
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
