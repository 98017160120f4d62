package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.administration.CodeListAdministration;
import com.tianzong.crm.platform.codelist.CodeItem;
import com.tianzong.crm.platform.codelist.CodeLists;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantUser;
import jakarta.ejb.EJB;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The company's code lists (TEN-02): values added with their Traditional name converted, renamed, retired and restored. */
@ExtendWith(ArquillianExtension.class)
class CodeListAdministrationIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    UserAccounts users;

    @EJB
    CodeListAdministration administration;

    @EJB
    CodeLists codeLists;

    private TestTenants tenants;
    private TenantCode tenant;

    @BeforeEach
    void company() {
        tenants = new TestTenants(provisioning);
        tenant = tenants.create("it_code");
        TenantContext.runAs(tenant, () -> {
            users.create("admin", "陈静", null, Set.of("TENANT_ADMIN"));
            users.create("rep", "张伟", null, Set.of("SALES_REP"));
        });
    }

    @AfterEach
    void removeTenant() {
        tenants.removeAll();
    }

    @Test
    void TEN02_newValueGetsItsTraditionalNameAndRetiredValuesLeaveTheChoices() {
        assertThat(as("admin", () -> administration.lists())).contains("CUSTOMER_TYPE", "REGION", "UNIT");
        CodeItem added = as("admin", () -> administration.add("CUSTOMER_TYPE", "regional_agent", "区域代理商", "", "Regional agent", 90));
        assertThat(added.getCode()).isEqualTo("REGIONAL_AGENT");
        assertThat(added.label(Locale.TRADITIONAL_CHINESE)).isEqualTo("區域代理商");
        assertThat(TenantContext.callAs(tenant, () -> codeLists.contains("CUSTOMER_TYPE", "REGIONAL_AGENT"))).isTrue();

        as("admin", () -> { administration.change(added.getId(), "省级代理商", null, null, 5); return null; });
        assertThat(TenantContext.callAs(tenant, () -> codeLists.items("CUSTOMER_TYPE").get(0).label(Locale.TRADITIONAL_CHINESE)))
                .isEqualTo("省級代理商");

        as("admin", () -> { administration.retire(added.getId()); return null; });
        assertThat(TenantContext.callAs(tenant, () -> codeLists.contains("CUSTOMER_TYPE", "REGIONAL_AGENT"))).isFalse();
        assertThat(as("admin", () -> administration.items("CUSTOMER_TYPE"))).extracting(CodeItem::getCode).contains("REGIONAL_AGENT");
        as("admin", () -> { administration.restore(added.getId()); return null; });
        assertThat(TenantContext.callAs(tenant, () -> codeLists.contains("CUSTOMER_TYPE", "REGIONAL_AGENT"))).isTrue();
    }

    @Test
    void TEN02_badValuesAndOtherRolesAreRefused() {
        assertRefused(() -> administration.add("CUSTOMER_TYPE", "ENTERPRISE", "重复", null, null, 1), "codelist.code.taken");
        assertRefused(() -> administration.add("CUSTOMER_TYPE", "9BAD", "坏代码", null, null, 1), "codelist.code.invalid");
        assertRefused(() -> administration.add("CUSTOMER_TYPE", "EMPTY", " ", null, null, 1), "codelist.name.invalid");
        assertRefused(() -> administration.add("NO_SUCH_LIST", "X", "某值", null, null, 1), "codelist.unknown");
        assertThatThrownBy(() -> as("rep", () -> administration.add("REGION", "MARS", "火星", null, null, 1)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(TenantContext.callAs(tenant, () -> codeLists.contains("REGION", "MARS"))).isFalse();
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
