package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.administration.AccessModules;
import com.tianzong.crm.platform.administration.AuditLog;
import com.tianzong.crm.platform.administration.AuditQuery;
import com.tianzong.crm.platform.administration.RoleAdministration;
import com.tianzong.crm.platform.administration.RoleGrants;
import com.tianzong.crm.platform.administration.SecurityAdministration;
import com.tianzong.crm.platform.audit.AuditEntry;
import com.tianzong.crm.platform.identity.SignedInSession;
import com.tianzong.crm.platform.identity.SignedInSessions;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.DataScope;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.application.Departments;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tenant administrator's tools (PLT-05, PLT-09): granting and revoking permissions and data
 * scopes takes effect at the next call; only permitted roles administer; every change is audited
 * and found again in the audit log; the password policy is the company's own; sessions can be
 * listed and ended, by the user everywhere or by the administrator.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final String PASSWORD = "Tianzong#2026";


    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    RoleAdministration roles;

    @EJB
    AuditLog auditLog;

    @EJB
    SecurityAdministration security;

    @EJB
    SignedInSessions sessions;

    @EJB
    CustomerService customers;

    private TestTenants tenants;
    private TenantCode tenant;

    @BeforeEach
    void organisation() {
        tenants = new TestTenants(provisioning);
        tenant = tenants.create("it_adm");
        TenantContext.runAs(tenant, () -> {
            departments.create("HQ", "总经理办公室", null);
            departments.create("EAST", "华东销售部", null);
            user("admin", "HQ", "TENANT_ADMIN");
            user("rep", "EAST", "SALES_REP");
            user("peer", "EAST", "SALES_REP");
            users.setInitialPasswords(PASSWORD.toCharArray());
        });
    }

    @AfterEach
    void removeTenant() {
        tenants.removeAll();
    }

    @Test
    void PLT05_revokedPermissionIsRefusedAtTheNextCallAndGrantedAgainWorks() {
        RoleGrants grants = as("admin", () -> roles.grantsOf("SALES_REP"));
        assertThat(grants.has("customer", PermissionAction.CREATE)).isTrue();
        grants.set("customer", PermissionAction.CREATE, false);
        as("admin", () -> { roles.save(grants); return null; });

        assertThatThrownBy(() -> as("rep", () -> customers.save(customer("REV1"))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(as("rep", () -> customers.allowedActions())).doesNotContain(PermissionAction.CREATE).contains(PermissionAction.VIEW);
        List<AuditEntry> denied = as("admin",
                () -> auditLog.search(new AuditQuery("rep", "customer", null, null, null), 0, 10).rows());
        assertThat(denied).extracting(AuditEntry::getAction).containsOnly(AuditEntry.Action.DENIED);
        assertThat(denied).extracting(AuditEntry::getField).contains("CREATE");

        grants.set("customer", PermissionAction.CREATE, true);
        as("admin", () -> { roles.save(grants); return null; });
        assertThat(as("rep", () -> customers.save(customer("REV2")).getId())).isPositive();
    }

    @Test
    void PLT05_widenedScopeShowsThePeersRecordsAtTheNextQuery() {
        long peers = as("peer", () -> customers.save(customer("PEER1")).getId());
        PageRequest all = PageRequest.firstPage(50);
        assertThat(as("rep", () -> customers.findPage(all).rows())).extracting(Customer::getId).doesNotContain(peers);

        RoleGrants grants = as("admin", () -> roles.grantsOf("SALES_REP"));
        assertThat(grants.scope("customer")).isEqualTo(DataScope.OWN);
        grants.scope("customer", DataScope.DEPARTMENT);
        as("admin", () -> { roles.save(grants); return null; });

        assertThat(as("rep", () -> customers.findPage(all).rows())).extracting(Customer::getId).contains(peers);
        assertThat(as("rep", () -> customers.count(all))).isEqualTo(1);
    }

    @Test
    void PLT05_onlyHoldersOfRolePermissionsManageRolesAndTheAttemptIsAudited() {
        assertThatThrownBy(() -> as("rep", () -> roles.roles())).isInstanceOf(PermissionDeniedException.class);
        RoleGrants mine = as("admin", () -> roles.grantsOf("SALES_REP"));
        mine.set("customer", PermissionAction.DELETE, true);
        assertThatThrownBy(() -> as("rep", () -> { roles.save(mine); return null; })).isInstanceOf(PermissionDeniedException.class);
        assertThat(as("admin", () -> roles.grantsOf("SALES_REP")).has("customer", PermissionAction.DELETE)).isFalse();

        List<AuditEntry> attempts = as("admin", () -> auditLog.search(
                new AuditQuery("rep", AccessModules.ROLES, null, null, null), 0, 10).rows());
        assertThat(attempts).hasSize(2).extracting(AuditEntry::getAction).containsOnly(AuditEntry.Action.DENIED);
    }

    @Test
    void PLT05_administratorRoleKeepsRoleManagementAndUnknownGrantsAreRefused() {
        RoleGrants admin = as("admin", () -> roles.grantsOf("TENANT_ADMIN"));
        admin.set(AccessModules.ROLES, PermissionAction.EDIT, false);
        assertThatThrownBy(() -> as("admin", () -> { roles.save(admin); return null; }))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("role.adminKeepsRoles"));

        RoleGrants odd = as("admin", () -> roles.grantsOf("SALES_REP"));
        odd.set("nosuchmodule", PermissionAction.VIEW, true);
        assertThatThrownBy(() -> as("admin", () -> { roles.save(odd); return null; }))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("role.unknownModule"));

        RoleGrants approve = as("admin", () -> roles.grantsOf("SALES_REP"));
        approve.set(AccessModules.AUDIT, PermissionAction.APPROVE, true);
        assertThatThrownBy(() -> as("admin", () -> { roles.save(approve); return null; }))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("role.unknownAction"));
        assertThat(as("admin", () -> roles.grantsOf("TENANT_ADMIN")).has(AccessModules.ROLES, PermissionAction.EDIT)).isTrue();
    }

    @Test
    void PLT09_auditLogFindsChangesByUserModuleAndPeriodAndOnlyForPermittedRoles() {
        long id = as("rep", () -> customers.save(customer("AUD1")).getId());
        RoleGrants grants = as("admin", () -> roles.grantsOf("SALES_REP"));
        grants.set("customer", PermissionAction.DELETE, true);
        as("admin", () -> { roles.save(grants); return null; });

        LocalDate today = LocalDate.now(AuditQuery.CHINA);
        List<AuditEntry> roleChanges = as("admin", () -> auditLog.search(
                new AuditQuery("admin", AccessModules.ROLES, today, today, null), 0, 50).rows());
        assertThat(roleChanges).singleElement().satisfies(entry -> {
            assertThat(entry.getField()).isEqualTo("customer");
            assertThat(entry.getOldValue()).isEqualTo("VIEW,CREATE,EDIT,EXPORT");
            assertThat(entry.getNewValue()).isEqualTo("VIEW,CREATE,EDIT,DELETE,EXPORT");
        });
        assertThat(as("admin", () -> auditLog.search(new AuditQuery("rep", "customer", today, today, null), 0, 50).rows()))
                .isNotEmpty().allSatisfy(entry -> {
                    assertThat(entry.getRecordId()).isEqualTo(id);
                    assertThat(entry.getAction()).isEqualTo(AuditEntry.Action.CREATE);
                });
        assertThat(as("admin", () -> auditLog.search(
                new AuditQuery(null, null, today.minusDays(7), today.minusDays(1), null), 0, 50).total())).isZero();
        assertThat(as("admin", () -> auditLog.search(new AuditQuery(null, null, null, null, null), 0, 2)))
                .satisfies(page -> {
                    assertThat(page.rows()).hasSize(2);
                    assertThat(page.total()).isGreaterThan(2);
                });
        assertThatThrownBy(() -> as("admin", () -> auditLog.search(new AuditQuery(null, null, today, today.minusDays(1), null), 0, 10)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("audit.periodReversed"));
        assertThatThrownBy(() -> as("rep", () -> auditLog.search(new AuditQuery(null, null, null, null, null), 0, 10)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void PLT09_passwordPolicyIsTheCompanysOwnAndChecksEveryNewPassword() {
        assertThatThrownBy(() -> as("rep", () -> { security.changePolicy(12, true, true, 90, 20); return null; }))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> as("admin", () -> { security.changePolicy(4, true, true, 90, 20); return null; }))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("policy.outOfRange");
                    assertThat(e.getField()).isEqualTo("minLength");
                });
        assertThat(as("admin", () -> security.policy().getMinLength())).isEqualTo(8);

        as("admin", () -> { security.changePolicy(12, true, true, 90, 20); return null; });
        assertThat(as("admin", () -> security.policy().getIdleTimeoutMinutes())).isEqualTo(20);
        assertThat(as("admin", () -> auditLog.search(new AuditQuery("admin", AccessModules.SECURITY, null, null, null), 0, 10).rows()))
                .extracting(AuditEntry::getField).contains("minLength", "requireSymbol", "maxAgeDays", "idleTimeoutMinutes");

        assertRefused("Short#2026", "password.rule.length");
        assertRefused("NoDigitsAtAll#!", "password.rule.letterAndDigit");
        assertRefused("NoSymbolsAtAll2026", "password.rule.symbol");
        assertRefused("rep-Shanghai#2026", "password.rule.username");
        assertThatThrownBy(() -> as("rep", () -> { users.changeMyPassword("wrong".toCharArray(), "Shanghai#Pudong2026".toCharArray()); return null; }))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("password.currentWrong"));

        as("rep", () -> { users.changeMyPassword(PASSWORD.toCharArray(), "Shanghai#Pudong2026".toCharArray()); return null; });
        assertThat(TenantContext.callAs(tenant, () -> users.authenticate("rep", "Shanghai#Pudong2026".toCharArray()))).isPresent();
        assertThat(TenantContext.callAs(tenant, () -> users.authenticate("rep", PASSWORD.toCharArray()))).isEmpty();
        assertThat(as("rep", () -> users.myPasswordExpired())).isFalse();

        // another company keeps the default policy
        TenantCode other = tenants.create("it_adm2");
        assertThat(TenantContext.callAs(other, () -> users.policy().getMinLength())).isEqualTo(8);
    }

    @Test
    void PLT09_logOutEverywhereEndsAllOfTheUsersSessionsAndTheAdministratorSeesAndEndsOthers() {
        TenantUser rep = new TenantUser("rep", tenant);
        TenantUser peer = new TenantUser("peer", tenant);
        String office = sessions.open(rep, "10.1.2.3", "Chromium");
        String phone = sessions.open(rep, "10.9.8.7", "Mobile");
        String peers = sessions.open(peer, "10.1.2.4", "Firefox");
        TenantCode other = tenants.create("it_adm3");
        String foreign = sessions.open(new TenantUser("rep", other), "10.5.5.5", "Edge");

        assertThat(as("admin", () -> security.activeSessions())).extracting(SignedInSession::getId)
                .contains(office, phone, peers).doesNotContain(foreign);

        assertThat(as("rep", () -> security.logOutEverywhere())).isEqualTo(2);
        assertThat(sessions.stillOpen(office)).isFalse();
        assertThat(sessions.stillOpen(phone)).isFalse();
        assertThat(sessions.stillOpen(peers)).isTrue();
        assertThat(sessions.stillOpen(foreign)).isTrue();

        assertThatThrownBy(() -> as("rep", () -> security.endSessionsOf("peer"))).isInstanceOf(PermissionDeniedException.class);
        assertThat(sessions.stillOpen(peers)).isTrue();
        assertThat(as("admin", () -> security.endSessionsOf("peer"))).isEqualTo(1);
        assertThat(sessions.stillOpen(peers)).isFalse();

        assertThat(as("admin", () -> security.recentSignIns())).extracting(SignedInSession::getId, SignedInSession::getEndReason)
                .contains(org.assertj.core.groups.Tuple.tuple(office, SignedInSession.EndReason.ENDED_BY_USER),
                        org.assertj.core.groups.Tuple.tuple(peers, SignedInSession.EndReason.ENDED_BY_ADMIN));
        assertThat(as("admin", () -> security.activeSessions())).isEmpty();
    }

    private void assertRefused(String password, String rule) {
        assertThatThrownBy(() -> as("rep", () -> { users.changeMyPassword(PASSWORD.toCharArray(), password.toCharArray()); return null; }))
                .as(password)
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo(rule));
    }

    private static Customer customer(String code) {
        return (Customer) RecordSamples.create("customer", code);
    }

    private <T> T as(String username, Supplier<T> work) {
        return TenantContext.callAsUser(new TenantUser(username, tenant), work);
    }

    private void user(String username, String department, String... roleCodes) {
        users.create(username, username, departments.findByCode(department).orElseThrow(), Set.of(roleCodes));
    }
}
