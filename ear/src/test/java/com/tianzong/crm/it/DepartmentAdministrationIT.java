package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.administration.AuditLog;
import com.tianzong.crm.platform.administration.AuditQuery;
import com.tianzong.crm.platform.administration.DepartmentAdministration;
import com.tianzong.crm.platform.audit.AuditEntry;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.application.Departments;
import com.tianzong.crm.salesforce.domain.Department;
import jakarta.ejb.EJB;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The department tree (TEN-02): add, rename, move without cycles, close only when empty; audited; administrators only. */
@ExtendWith(ArquillianExtension.class)
class DepartmentAdministrationIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    Departments departments;

    @EJB
    UserAccounts users;

    @EJB
    DepartmentAdministration administration;

    @EJB
    AuditLog auditLog;

    private TestTenants tenants;
    private TenantCode tenant;

    @BeforeEach
    void company() {
        tenants = new TestTenants(provisioning);
        tenant = tenants.create("it_dep");
        TenantContext.runAs(tenant, () -> {
            departments.create("HQ", "总经理办公室", null);
            users.create("admin", "陈静", departments.findByCode("HQ").orElseThrow(), Set.of("TENANT_ADMIN"));
            users.create("rep", "张伟", departments.findByCode("HQ").orElseThrow(), Set.of("SALES_REP"));
        });
    }

    @AfterEach
    void removeTenant() {
        tenants.removeAll();
    }

    @Test
    void TEN02_treeIsBuiltRenamedAndMovedButNeverUnderItself() {
        Department sales = as("admin", () -> administration.create("SALES", "销售中心", null));
        Department east = as("admin", () -> administration.create("EAST", "华东销售部", sales.getId()));
        Department eastA = as("admin", () -> administration.create("EAST_A", "华东一组", east.getId()));

        assertRefused(() -> administration.move(sales.getId(), eastA.getId()), "department.move.cycle");
        assertRefused(() -> administration.move(east.getId(), east.getId()), "department.move.cycle");
        assertRefused(() -> administration.create("EAST", "重复", null), "department.code.taken");
        assertRefused(() -> administration.create("坏 编号", "部门", null), "department.code.invalid");
        assertRefused(() -> administration.rename(east.getId(), " "), "department.name.invalid");

        as("admin", () -> { administration.move(eastA.getId(), sales.getId()); administration.rename(east.getId(), "华东大区"); return null; });
        Department moved = TenantContext.callAs(tenant, () -> departments.findByCode("EAST_A").orElseThrow());
        assertThat(moved.getParent().getCode()).isEqualTo("SALES");
        assertThat(TenantContext.callAs(tenant, () -> departments.findByCode("EAST").orElseThrow().getName())).isEqualTo("华东大区");
        assertThat(as("admin", () -> auditLog.search(new AuditQuery("admin", DepartmentAdministration.MODULE, null, null, null), 0, 50)
                .rows())).extracting(AuditEntry::getField).contains("parent", "name");
    }

    @Test
    void TEN02_onlyAnEmptyDepartmentClosesAndOnlyAdministratorsChangeTheTree() {
        Department sales = as("admin", () -> administration.create("SALES", "销售中心", null));
        Department east = as("admin", () -> administration.create("EAST", "华东销售部", sales.getId()));
        long hq = TenantContext.callAs(tenant, () -> departments.findByCode("HQ").orElseThrow().getId());

        assertRefused(() -> administration.close(hq), "department.close.hasUsers");
        assertRefused(() -> administration.close(sales.getId()), "department.close.hasChildren");
        as("admin", () -> { administration.close(east.getId()); administration.close(sales.getId()); return null; });
        assertThat(TenantContext.callAs(tenant, () -> departments.findActive())).extracting(Department::getCode).containsExactly("HQ");
        as("admin", () -> { administration.reopen(sales.getId()); return null; });

        assertThatThrownBy(() -> as("rep", () -> administration.create("SNEAK", "偷建", null))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> as("rep", () -> administration.all())).isInstanceOf(PermissionDeniedException.class);
    }

    private void assertRefused(Runnable change, String key) {
        assertThatThrownBy(() -> as("admin", () -> {
            change.run();
            return null;
        })).isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    private <T> T as(String username, Supplier<T> work) {
        return TenantContext.callAsUser(new TenantUser(username, tenant), work);
    }
}
