package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.administration.CompanyProfile;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import com.tianzong.crm.platform.tenancy.TenantUser;
import jakarta.ejb.EJB;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The company profile (TEN-02): defaults for a Chinese company, the administrator's changes, bad input refused. */
@ExtendWith(ArquillianExtension.class)
class CompanyProfileIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};


    @EJB
    TenantProvisioning provisioning;

    @EJB
    TenantRegistry registry;

    @EJB
    UserAccounts users;

    @EJB
    CompanyProfiles profiles;

    private TestTenants tenants;
    private TenantCode tenant;

    @BeforeEach
    void company() {
        tenants = new TestTenants(provisioning);
        tenant = tenants.create("it_co");
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
    void TEN02_profileStartsChineseAndTheAdministratorChangesIt() {
        CompanyProfile initial = as("rep", () -> profiles.profile());
        assertThat(initial.getTimezone()).isEqualTo("Asia/Shanghai");
        assertThat(initial.getCurrency()).isEqualTo("CNY");
        assertThat(initial.getFiscalYearStartMonth()).isEqualTo(1);

        as("admin", () -> {
            profiles.change("杭州西溪科技有限公司", "杭州市西湖区文三路 100 号", "0571-88886666", "91330106MA2KXXXX1X",
                    "Asia/Shanghai", "CNY", 4);
            profiles.changeLogo(PNG);
            return null;
        });
        CompanyProfile changed = as("rep", () -> profiles.profile());
        assertThat(changed.getFiscalYearStartMonth()).isEqualTo(4);
        assertThat(changed.getLogoType()).isEqualTo("image/png");
        assertThat(registry.find(tenant)).get().extracting(t -> t.getName()).isEqualTo("杭州西溪科技有限公司");
    }

    @Test
    void TEN02_badSettingsAndOtherRolesAreRefusedAndNothingChanges() {
        assertRefused(() -> profiles.change("公司", null, null, null, "Mars/Olympus", "CNY", 1), "company.timezone.invalid");
        assertRefused(() -> profiles.change("公司", null, null, null, "Asia/Shanghai", "BTC", 1), "company.currency.invalid");
        assertRefused(() -> profiles.change("公司", null, null, null, "Asia/Shanghai", "CNY", 13), "company.fiscalYearStartMonth.invalid");
        assertRefused(() -> profiles.change("公司", null, "电话", null, "Asia/Shanghai", "CNY", 1), "company.phone.invalid");
        assertRefused(() -> profiles.change(" ", null, null, null, "Asia/Shanghai", "CNY", 1), "tenant.name.invalid");
        assertRefused(() -> profiles.changeLogo("GIF89a not allowed".getBytes()), "company.logo.type");
        assertRefused(() -> profiles.changeLogo(new byte[600 * 1024]), "company.logo.tooLarge");
        assertThatThrownBy(() -> as("rep", () -> {
            profiles.change("偷改", null, null, null, "Asia/Tokyo", "USD", 7);
            return null;
        })).isInstanceOf(PermissionDeniedException.class);
        CompanyProfile unchanged = as("rep", () -> profiles.profile());
        assertThat(unchanged.getCurrency()).isEqualTo("CNY");
        assertThat(unchanged.getTimezone()).isEqualTo("Asia/Shanghai");
        assertThat(unchanged.isHasLogo()).isFalse();
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
