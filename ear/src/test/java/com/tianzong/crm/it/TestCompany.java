package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.application.Departments;
import com.tianzong.crm.salesforce.domain.Department;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A fresh company for one in-container test: its departments and staff, work done as one of
 * them, and the check that a refusal carries the expected message key. Removed again with
 * {@link #remove()}.
 */
public final class TestCompany {

    private final TestTenants tenants;
    private final TenantCode code;

    private TestCompany(TestTenants tenants, TenantCode code) {
        this.tenants = tenants;
        this.code = code;
    }

    public static TestCompany create(TenantProvisioning provisioning, String prefix) {
        TestTenants tenants = new TestTenants(provisioning);
        return new TestCompany(tenants, tenants.create(prefix));
    }

    /**
     * A company with the sales team most tests need: 销售中心 with 华东 and 华南 below it; a manager
     * (eastmanager) and two reps (zhangwei, liqiang) in the east, a rep (wangfang) in the south and
     * a director (director) at the top.
     */
    public static TestCompany withSalesTeam(TenantProvisioning provisioning, String prefix) {
        TestCompany company = create(provisioning, prefix);
        company.department("SALES", "销售中心", null);
        company.department("EAST", "华东销售部", "SALES");
        company.department("SOUTH", "华南销售部", "SALES");
        company.user("eastmanager", "李建国", "EAST", "SALES_MANAGER");
        company.user("zhangwei", "张伟", "EAST", "SALES_REP");
        company.user("liqiang", "李强", "EAST", "SALES_REP");
        company.user("wangfang", "王芳", "SOUTH", "SALES_REP");
        company.user("director", "赵志强", "SALES", "SALES_DIRECTOR");
        return company;
    }

    public TenantCode code() {
        return code;
    }

    /** Adds a department under {@code parentCode} (null for the top). */
    public Department department(String departmentCode, String name, String parentCode) {
        return TenantContext.callAs(code, () -> bean(Departments.class).create(departmentCode, name, parentCode));
    }

    /** Adds a member of staff in the department with the roles (none for a user without any). */
    public UserAccount user(String username, String displayName, String departmentCode, String... roles) {
        return TenantContext.callAs(code, () -> {
            Department department = bean(Departments.class).findByCode(departmentCode).orElseThrow();
            return bean(UserAccounts.class).create(username, displayName, department, Set.of(roles));
        });
    }

    /** Gives every member of staff without a password this one, so they can sign in over HTTP. */
    public void passwords(String password) {
        TenantContext.runAs(code, () -> bean(UserAccounts.class).setInitialPasswords(password.toCharArray()));
    }

    /** Work done as the signed-in user {@code username}. */
    public <T> T as(String username, Supplier<T> work) {
        return TenantContext.callAsUser(new TenantUser(username, code), work);
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** Work done in the company without a signed-in user (set-up, checks behind the scenes). */
    public <T> T system(Supplier<T> work) {
        return TenantContext.callAs(code, work);
    }

    /** Asserts that the work is refused by a business rule with the message key. */
    public static void assertRefused(Runnable work, String messageKey) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
    }

    public void remove() {
        tenants.removeAll();
    }

    private static <B> B bean(Class<B> type) {
        return CDI.current().select(type).get();
    }
}
