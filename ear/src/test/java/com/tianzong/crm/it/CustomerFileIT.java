package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.audit.AuditEntry;
import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.demo.DemoTenant;
import com.tianzong.crm.platform.identity.TenantCredential;
import com.tianzong.crm.platform.identity.TenantIdentityStore;
import com.tianzong.crm.platform.query.Page;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.ConcurrentChangeException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantUser;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CUS-01 customer file through its application service, and PLT-01 sign-in, in the container. */
@ExtendWith(ArquillianExtension.class)
class CustomerFileIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    CustomerService customers;

    @EJB
    com.tianzong.crm.platform.tenancy.TenantRegistry registry;

    @Inject
    TenantIdentityStore identityStore;

    @EJB
    AuditTrail auditTrail;

    @EJB
    com.tianzong.crm.platform.identity.SignInThrottle throttle;

    @EJB
    com.tianzong.crm.platform.identity.UserAccounts users;

    @Resource(lookup = "jdbc/tianzong")
    DataSource dataSource;

    private TestTenants tenants;
    private TenantCode tenant;

    @BeforeEach
    void freshTenant() {
        tenants = new TestTenants(provisioning);
        tenant = tenants.create("it_cus");
    }

    @AfterEach
    void removeTenant() {
        tenants.removeAll();
    }

    @Test
    void CUS01_createsAndReadsBackACustomerWithExactMoney() {
        Customer saved = as(() -> customers.save(customer("C001", "苏州恒达精密机械有限公司", c -> {
            c.setShortName("恒达精密");
            c.setIndustry("MANUFACTURING");
            c.setRegion("EAST_CHINA");
            c.setTaxId("91320505ma1xk3r27u");
            c.setCreditLimit(new BigDecimal("1234567.8"));
        })));

        Customer read = as(() -> customers.get(saved.getId()));
        assertThat(read.getName()).isEqualTo("苏州恒达精密机械有限公司");
        assertThat(read.getTaxId()).isEqualTo("91320505MA1XK3R27U");
        assertThat(read.getCreditLimit()).isEqualByComparingTo("1234567.80").hasScaleOf(2);
        assertThat(read.getCreatedAt()).isNotNull();
        assertThat(read.getVersion()).isEqualTo(saved.getVersion());
    }

    @Test
    void CUS01_refusesDuplicateCodeAndUnknownCodeListValue() {
        as(() -> customers.save(customer("C001", "甲公司", c -> { })));

        assertThatThrownBy(() -> as(() -> customers.save(customer("C001", "乙公司", c -> { }))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("customer.code.taken");
                    assertThat(e.getField()).isEqualTo("code");
                });
        assertThatThrownBy(() -> as(() -> customers.save(customer("C002", "丙公司", c -> c.setIndustry("NO_SUCH")))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("industry"));
        assertThat(as(() -> customers.count(PageRequest.firstPage(10)))).isEqualTo(1);
    }

    @Test
    void CUS01_invalidFieldsAreRefusedAndNothingIsSaved() {
        // a broken constraint is the caller's mistake: it arrives as it is (not as a system failure), naming every field
        assertThatThrownBy(() -> as(() -> customers.save(customer("C 001!", "", c -> c.setCreditLimit(new BigDecimal("-1"))))))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(violation -> violation.getPropertyPath().toString())
                        .containsExactlyInAnyOrder("code", "name", "creditLimit"));
        assertThatThrownBy(() -> as(() -> customers.save(customer("C003", "丁公司", c -> c.setCreditLimit(new BigDecimal("10.005"))))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(as(() -> customers.count(PageRequest.firstPage(10)))).isZero();
    }

    @Test
    void CUS01_staleEditIsRefusedAsChangedBySomeoneElse() {
        long id = as(() -> customers.save(customer("C001", "甲公司", c -> { })).getId());
        Customer mine = as(() -> customers.get(id));
        Customer theirs = as(() -> customers.get(id));

        theirs.setName("甲公司（已更名）");
        as(() -> customers.save(theirs));
        mine.setPhone("021-12345678");

        assertThatThrownBy(() -> as(() -> customers.save(mine))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(as(() -> customers.get(id)).getName()).isEqualTo("甲公司（已更名）");
        assertThatThrownBy(() -> TenantContext.runAs(tenant, () -> customers.delete(id, mine.getVersion())))
                .isInstanceOf(ConcurrentChangeException.class);

        int current = as(() -> customers.get(id).getVersion());
        TenantContext.runAs(tenant, () -> customers.delete(id, current));
        assertThat(as(() -> customers.find(id))).isEmpty();
    }

    @Test
    void CUS01_listPagesSortsAndFiltersInTheDatabase() {
        for (int i = 1; i <= 25; i++) {
            int n = i;
            as(() -> customers.save(customer(String.format("K%03d", n), (n % 2 == 0 ? "杭州" : "广州") + "客户" + n, c -> {
                c.setCustomerType(n % 5 == 0 ? "DISTRIBUTOR" : "ENTERPRISE");
                c.setCreditLimit(new BigDecimal(n * 1000));
            })));
        }
        Page<Customer> page = as(() -> customers.findPage(new PageRequest(10, 10, java.util.List.of(new PageRequest.Sort("code", false)),
                java.util.Map.of(), null)));
        assertThat(page.total()).isEqualTo(25);
        assertThat(page.rows()).extracting(Customer::getCode).first().isEqualTo("K015");
        assertThat(page.rows()).hasSize(10);

        assertThat(as(() -> customers.count(PageRequest.firstPage(5).withFilter("name", "杭州")))).isEqualTo(12);
        assertThat(as(() -> customers.count(PageRequest.firstPage(5).withFilter("customerType", "DISTRIBUTOR")))).isEqualTo(5);
        assertThat(as(() -> customers.count(PageRequest.firstPage(5).withFilter("creditLimit", "20000")))).isEqualTo(6);
        assertThat(as(() -> customers.count(PageRequest.firstPage(5).withText("k02")))).isEqualTo(6);
        assertThat(as(() -> customers.count(PageRequest.firstPage(5).withFilter("name", "100%_")))).isZero();

        assertThatThrownBy(() -> as(() -> customers.count(PageRequest.firstPage(5).withFilter("creditLimit", "abc"))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("error.filter.invalid"));
        assertThatThrownBy(() -> as(() -> customers.count(PageRequest.firstPage(5).withFilter("passwordHash", "x"))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("error.field.unknown"));
    }

    @Test
    void PLT09_everyCreateUpdateAndDeleteIsAuditedWithWhoAndOldAndNewValues() throws Exception {
        TenantContext.runAs(tenant, () -> users.create("auditor", "审计员", null, java.util.Set.of("TENANT_ADMIN")));
        TenantUser auditor = new TenantUser("auditor", tenant);
        long id = TenantContext.callAsUser(auditor, () -> customers.save(customer("C900", "宁波北仑港务物流有限公司", c -> { })).getId());
        TenantContext.callAs(tenant, TenantContext.Source.BATCH, () -> {
            Customer loaded = customers.get(id);
            loaded.setName("宁波北仑港务物流股份有限公司");
            loaded.setCreditLimit(new BigDecimal("80000.50"));
            return customers.save(loaded);
        });

        List<AuditEntry> history = as(() -> auditTrail.history("customer", id));
        assertThat(history).filteredOn(e -> e.getAction() == AuditEntry.Action.CREATE)
                .extracting(AuditEntry::getField, AuditEntry::getNewValue, AuditEntry::getActor, AuditEntry::getSource)
                .contains(tuple("code", "C900", "auditor", "USER"), tuple("name", "宁波北仑港务物流有限公司", "auditor", "USER"),
                        tuple("creditLimit", "50000.00", "auditor", "USER"));
        assertThat(history).filteredOn(e -> e.getAction() == AuditEntry.Action.UPDATE)
                .extracting(AuditEntry::getField, AuditEntry::getOldValue, AuditEntry::getNewValue, AuditEntry::getSource)
                .containsExactlyInAnyOrder(tuple("name", "宁波北仑港务物流有限公司", "宁波北仑港务物流股份有限公司", "BATCH"),
                        tuple("creditLimit", "50000.00", "80000.50", "BATCH"));
        assertThat(history.get(0).getAction()).isEqualTo(AuditEntry.Action.UPDATE);

        int version = as(() -> customers.get(id).getVersion());
        TenantContext.callAsUser(auditor, () -> {
            customers.delete(id, version);
            return null;
        });
        assertThat(as(() -> auditTrail.history("customer", id)))
                .filteredOn(e -> e.getAction() == AuditEntry.Action.DELETE)
                .extracting(AuditEntry::getField, AuditEntry::getOldValue)
                .contains(tuple("name", "宁波北仑港务物流股份有限公司"));

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update \"" + tenant.schemaName() + "\".audit_entry set new_value = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from \"" + tenant.schemaName() + "\".audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void PLT09_repeatedFailedSignInsLockTheAccountAndTheAddressNotOthers() {
        TenantContext.runAs(tenant, () -> {
            users.create("locky", "锁定测试", null, java.util.Set.of("SALES_REP"));
            users.create("other", "其他用户", null, java.util.Set.of("SALES_REP"));
            users.setInitialPasswords("Right@2026".toCharArray());
        });
        for (int i = 0; i < 5; i++) {
            assertThat(identityStore.validate(new TenantCredential(tenant.value(), "locky", "wrong" + i)).getStatus())
                    .isEqualTo(CredentialValidationResult.Status.INVALID);
        }
        assertThat(identityStore.validate(new TenantCredential(tenant.value(), "locky", "Right@2026")).getStatus())
                .as("locked even with the right password").isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(throttle.lockedUntil(tenant.value(), "LOCKY", null)).isPresent();
        assertThat(identityStore.validate(new TenantCredential(tenant.value(), "other", "Right@2026")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.VALID);

        String address = "2001:db8::" + Long.toHexString(System.nanoTime() & 0xffff);
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("guess" + i, "admin", address);
        }
        assertThat(throttle.lockedUntil(tenant.value(), "other", address)).isPresent();
        assertThat(throttle.lockedUntil(tenant.value(), "other", "2001:db8::1:1")).isEmpty();
    }

    @Test
    void TEN01_usersOfASuspendedTenantCannotSignInUntilItIsResumed() {
        TenantContext.runAs(tenant, () -> {
            users.create("pause", "暂停测试", null, java.util.Set.of("SALES_REP"));
            users.setInitialPasswords("Right@2026".toCharArray());
        });
        TenantCredential credential = new TenantCredential(tenant.value(), "pause", "Right@2026");
        assertThat(identityStore.validate(credential).getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);

        registry.suspend(tenant);
        assertThat(identityStore.validate(new TenantCredential(tenant.value(), "pause", "Right@2026")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(identityStore.isSuspendedAccount(new TenantCredential(tenant.value(), "pause", "Right@2026")))
                .as("the right credentials learn that the company is suspended").isTrue();
        assertThat(identityStore.isSuspendedAccount(new TenantCredential(tenant.value(), "pause", "wrong")))
                .as("wrong credentials learn nothing").isFalse();
        assertThat(as(() -> customers.count(PageRequest.firstPage(1)))).as("data kept").isZero();

        registry.resume(tenant);
        assertThat(identityStore.validate(new TenantCredential(tenant.value(), "pause", "Right@2026")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(identityStore.isSuspendedAccount(new TenantCredential(tenant.value(), "pause", "Right@2026"))).isFalse();
    }

    @Test
    void PLT01_signInNeedsCompanyUserAndPasswordAndFailsAlikeForEach() {
        CredentialValidationResult ok = identityStore.validate(new TenantCredential("DEMO", "zhangwei", DemoTenant.PASSWORD));
        assertThat(ok.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(ok.getCallerPrincipal().getName()).isEqualTo("zhangwei@demo");
        assertThat(ok.getCallerGroups()).containsExactlyInAnyOrder("SALES_REP", "TENANT_USER");

        assertThat(identityStore.validate(new TenantCredential("demo", "zhangwei", "wrong")))
                .isSameAs(CredentialValidationResult.INVALID_RESULT);
        assertThat(identityStore.validate(new TenantCredential("demo", "nobody" + tenant.value(), DemoTenant.PASSWORD)))
                .isSameAs(CredentialValidationResult.INVALID_RESULT);
        assertThat(identityStore.validate(new TenantCredential(tenant.value(), "zhangwei", DemoTenant.PASSWORD)))
                .isSameAs(CredentialValidationResult.INVALID_RESULT);
        assertThat(identityStore.validate(new TenantCredential("no_such_" + tenant.value(), "zhangwei", DemoTenant.PASSWORD)))
                .isSameAs(CredentialValidationResult.INVALID_RESULT);
        assertThat(identityStore.validate(new TenantCredential("'; drop schema t_demo; --", "zhangwei", DemoTenant.PASSWORD)))
                .isSameAs(CredentialValidationResult.INVALID_RESULT);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    private static Customer customer(String code, String name, Consumer<Customer> more) {
        Customer customer = new Customer();
        customer.setCode(code);
        customer.setName(name);
        customer.setCustomerType("ENTERPRISE");
        customer.setCreditLimit(new BigDecimal("50000.00"));
        more.accept(customer);
        return customer;
    }
}
