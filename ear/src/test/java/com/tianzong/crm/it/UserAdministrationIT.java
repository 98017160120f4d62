package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.administration.AccessModules;
import com.tianzong.crm.platform.administration.AuditLog;
import com.tianzong.crm.platform.administration.AuditQuery;
import com.tianzong.crm.platform.administration.UserAdministration;
import com.tianzong.crm.platform.audit.AuditEntry;
import com.tianzong.crm.platform.identity.SignedInSessions;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.onboarding.Invitations;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.application.Departments;
import jakarta.ejb.EJB;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tenant administrator's users (TEN-02): invite with department, position and roles; the
 * invited person sets a password; change, disable (signed out at once), enable, reset the
 * password by a new invitation; every change audited; bad input and other roles refused.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    UserAdministration administration;

    @EJB
    Invitations invitations;

    @EJB
    SignedInSessions sessions;

    @EJB
    AuditLog auditLog;

    private TestTenants tenants;
    private TenantCode tenant;
    private long east;

    @BeforeEach
    void organisation() {
        tenants = new TestTenants(provisioning);
        tenant = tenants.create("it_usr");
        TenantContext.runAs(tenant, () -> {
            east = departments.create("EAST", "华东销售部", null).getId();
            users.create("admin", "陈静", departments.findByCode("EAST").orElseThrow(), Set.of("TENANT_ADMIN"));
            users.create("rep", "张伟", departments.findByCode("EAST").orElseThrow(), Set.of("SALES_REP"));
            users.setInitialPasswords("Tianzong#2026".toCharArray());
        });
    }

    @AfterEach
    void removeTenant() {
        tenants.removeAll();
    }

    @Test
    void TEN02_invitedUserSetsAPasswordAndSignsInWithTheGivenRolesAndDepartment() {
        UserAdministration.Invited invited = as("admin", () -> administration.invite(new UserAdministration.UserForm(
                "lina", "李娜", "lina@example.cn", "销售代表", east, Set.of("SALES_REP", "MARKETING")), Locale.SIMPLIFIED_CHINESE));
        assertThat(invited.mailSent()).as("no SMTP server listens for in-container tests").isFalse();
        UserAccount lina = TenantContext.callAs(tenant, () -> users.findByUsername("lina").orElseThrow());
        assertThat(lina.getPosition()).isEqualTo("销售代表");
        assertThat(lina.getDepartment().getName()).isEqualTo("华东销售部");
        assertThat(lina.roles()).containsExactlyInAnyOrder("SALES_REP", "MARKETING");
        assertThat(lina.hasPassword()).isFalse();

        String token = invited.link().substring(invited.link().indexOf("token=") + 6);
        invitations.accept(token, "Shanghai#Pudong2026".toCharArray());
        assertThat(TenantContext.callAs(tenant, () -> users.authenticate("lina", "Shanghai#Pudong2026".toCharArray()))).isPresent();
        assertThat(as("admin", () -> auditLog.search(new AuditQuery("admin", AccessModules.USERS, null, null, null), 0, 20).rows()))
                .extracting(AuditEntry::getField).contains("displayName", "roles", "position");
    }

    @Test
    void TEN02_badInputAndOtherRolesAreRefusedAndNothingChanges() {
        assertRefused(new UserAdministration.UserForm("Bad Name", "某人", "a@b.cn", null, null, Set.of("SALES_REP")), "user.username.invalid");
        assertRefused(new UserAdministration.UserForm("rep", "重复", "a@b.cn", null, null, Set.of("SALES_REP")), "user.username.taken");
        assertRefused(new UserAdministration.UserForm("newbie", "新人", "not-mail", null, null, Set.of("SALES_REP")), "user.email.invalid");
        assertRefused(new UserAdministration.UserForm("newbie", "新人", "a@b.cn", null, null, Set.of()), "user.roles.required");
        assertRefused(new UserAdministration.UserForm("newbie", "新人", "a@b.cn", null, null, Set.of("KING")), "user.roles.unknown");
        assertThat(TenantContext.callAs(tenant, () -> users.findByUsername("newbie"))).isEmpty();

        assertThatThrownBy(() -> as("rep", () -> administration.users())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> as("rep", () -> administration.invite(new UserAdministration.UserForm(
                "sneaky", "偷偷", "s@b.cn", null, null, Set.of("TENANT_ADMIN")), Locale.SIMPLIFIED_CHINESE)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(TenantContext.callAs(tenant, () -> users.findByUsername("sneaky"))).isEmpty();
        assertThatThrownBy(() -> as("admin", () -> { administration.disable("admin"); return null; }))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("user.notYourself"));
        assertThatThrownBy(() -> as("admin", () -> { administration.update(new UserAdministration.UserForm(
                "admin", "陈静", "chen@example.cn", null, east, Set.of("SALES_REP"))); return null; }))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("user.keepOwnAdministration"));
    }

    @Test
    void TEN02_disablingSignsOutAndBlocksSignInResetNeedsANewPassword() {
        String session = sessions.open(new TenantUser("rep", tenant), "10.0.0.8", "Chromium");
        as("admin", () -> { administration.update(new UserAdministration.UserForm(
                "rep", "张伟", "zhangwei@example.cn", "高级销售代表", east, Set.of("SALES_REP"))); return null; });
        as("admin", () -> { administration.disable("rep"); return null; });
        assertThat(sessions.stillOpen(session)).isFalse();
        assertThat(TenantContext.callAs(tenant, () -> users.authenticate("rep", "Tianzong#2026".toCharArray()))).isEmpty();

        as("admin", () -> { administration.enable("rep"); return null; });
        assertThat(TenantContext.callAs(tenant, () -> users.authenticate("rep", "Tianzong#2026".toCharArray()))).isPresent();

        UserAdministration.Invited reset = as("admin", () -> administration.resetPassword("rep", Locale.SIMPLIFIED_CHINESE));
        assertThat(TenantContext.callAs(tenant, () -> users.authenticate("rep", "Tianzong#2026".toCharArray()))).isEmpty();
        invitations.accept(reset.link().substring(reset.link().indexOf("token=") + 6), "Zhang#Wei2027".toCharArray());
        assertThat(TenantContext.callAs(tenant, () -> users.authenticate("rep", "Zhang#Wei2027".toCharArray()))).isPresent();
    }

    private void assertRefused(UserAdministration.UserForm form, String key) {
        assertThatThrownBy(() -> as("admin", () -> administration.invite(form, Locale.SIMPLIFIED_CHINESE))).as(form.toString())
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    private <T> T as(String username, Supplier<T> work) {
        return TenantContext.callAsUser(new TenantUser(username, tenant), work);
    }
}
