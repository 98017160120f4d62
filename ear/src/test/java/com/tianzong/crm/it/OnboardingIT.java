package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.onboarding.Invitations;
import com.tianzong.crm.platform.onboarding.NewTenant;
import com.tianzong.crm.platform.onboarding.TenantOnboarding;
import com.tianzong.crm.platform.onboarding.TenantStatistics;
import com.tianzong.crm.platform.operator.OperatorAudit;
import com.tianzong.crm.platform.operator.OperatorAuditEntry;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Onboarding and deleting tenants (TEN-01, TEN-02) below the console: bad requests are refused
 * before anything exists; an onboarded tenant has its administrator and a working invitation
 * even when the mail cannot be sent; deletion needs the typed code and leaves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OnboardingIT {

    @EJB
    TenantOnboarding onboarding;

    @EJB
    TenantRegistry registry;

    @EJB
    TenantProvisioning provisioning;

    @EJB
    Invitations invitations;

    @EJB
    UserAccounts users;

    @EJB
    TenantStatistics statistics;

    @EJB
    OperatorAudit audit;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeTenants() {
        created.stream().map(TenantCode::of).filter(code -> registry.find(code).isPresent()).forEach(provisioning::remove);
    }

    @Test
    void TEN01_badRequestsAreRefusedBeforeAnythingIsCreated() {
        long before = registry.findAll().size();
        assertRefused(new NewTenant("1abc", "公司", "STANDARD", "王", "w@x.cn"), "tenant.code.invalid");
        assertRefused(new NewTenant("abc; drop schema platform", "公司", "STANDARD", "王", "w@x.cn"), "tenant.code.invalid");
        assertRefused(new NewTenant("demo", "公司", "STANDARD", "王", "w@x.cn"), "tenant.code.taken");
        assertRefused(new NewTenant(fresh(), " ", "STANDARD", "王", "w@x.cn"), "tenant.name.invalid");
        assertRefused(new NewTenant(fresh(), "公司", "GOLD", "王", "w@x.cn"), "tenant.plan.invalid");
        assertRefused(new NewTenant(fresh(), "公司", "STANDARD", "", "w@x.cn"), "tenant.adminName.invalid");
        assertRefused(new NewTenant(fresh(), "公司", "STANDARD", "王", "w@x"), "tenant.adminEmail.invalid");
        assertThat(registry.findAll()).hasSize((int) before);
    }

    @Test
    void TEN01_onboardedTenantHasItsAdministratorAndAnInvitationThatWorksOnce() {
        String code = fresh();
        List<TenantOnboarding.Step> steps = new ArrayList<>();
        // no SMTP server listens for in-container tests: the mail fails, the tenant does not
        TenantOnboarding.Onboarded done = onboarding.onboard(
                new NewTenant(code, "温州瓯海阀门有限公司", "PROFESSIONAL", "陈立", "chen@ouhai.example.cn"), "ops", steps::add);

        assertThat(steps).containsExactly(TenantOnboarding.Step.values());
        assertThat(done.mailSent()).isFalse();
        assertThat(registry.find(TenantCode.of(code))).get().extracting(Tenant::getStatus).isEqualTo(Tenant.Status.ACTIVE);
        UserAccount admin = TenantContext.callAs(TenantCode.of(code), () -> users.findByUsername("admin").orElseThrow());
        assertThat(admin.getDisplayName()).isEqualTo("陈立");
        assertThat(admin.getEmail()).isEqualTo("chen@ouhai.example.cn");
        assertThat(admin.roles()).containsExactly("TENANT_ADMIN");
        assertThat(admin.hasPassword()).isFalse();
        assertThat(statistics.all().get(code)).satisfies(figures -> {
            assertThat(figures.users()).isEqualTo(1);
            assertThat(figures.bytes()).isPositive();
        });
        assertThat(audit.recent(5)).anySatisfy(entry -> {
            assertThat(entry.getTenantCode()).isEqualTo(code);
            assertThat(entry.getAction()).isEqualTo(OperatorAuditEntry.Action.CREATE);
            assertThat(entry.getOperator()).isEqualTo("ops");
        });

        String token = done.invitationLink().substring(done.invitationLink().indexOf("token=") + 6);
        assertThat(invitations.find(token)).isPresent();
        assertThatThrownBy(() -> invitations.accept(token, "short".toCharArray()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("password.rule.length"));
        invitations.accept(token, "Wenzhou#Valve2026".toCharArray());
        assertThat(TenantContext.callAs(TenantCode.of(code), () -> users.authenticate("admin", "Wenzhou#Valve2026".toCharArray())))
                .get().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.iterable(String.class)).contains("TENANT_ADMIN");
        assertThat(invitations.find(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "Another#Pass2026".toCharArray()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("invitation.invalid"));
    }

    @Test
    void TEN01_deletionNeedsTheTypedCodeAndRemovesTheSchema() {
        String code = fresh();
        onboarding.onboard(new NewTenant(code, "嘉兴秀洲纺织有限公司", "STANDARD", "沈红", "shen@xiuzhou.example.cn"), "ops", step -> { });

        assertThatThrownBy(() -> onboarding.delete(code, "demo", "ops"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("tenant.delete.confirmMismatch"));
        assertThat(registry.find(TenantCode.of(code))).isPresent();

        onboarding.delete(code, " " + code + " ", "ops");
        assertThat(registry.find(TenantCode.of(code))).isEmpty();
        assertThat(statistics.all()).doesNotContainKey(code);
        assertThat(audit.recent(5)).extracting(OperatorAuditEntry::getTenantCode, OperatorAuditEntry::getAction)
                .contains(org.assertj.core.groups.Tuple.tuple(code, OperatorAuditEntry.Action.DELETE),
                        org.assertj.core.groups.Tuple.tuple(code, OperatorAuditEntry.Action.DELETE_REFUSED));
        assertThatThrownBy(() -> onboarding.delete(code, code, "ops"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("tenant.notFound"));
    }

    private void assertRefused(NewTenant request, String key) {
        assertThatThrownBy(() -> onboarding.onboard(request, "ops", step -> { })).as(request.toString())
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    private String fresh() {
        String code = "onb_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        created.add(code);
        return code;
    }
}
