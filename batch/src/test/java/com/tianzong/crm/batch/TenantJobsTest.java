package com.tianzong.crm.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.tenancy.TenantCode;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TenantJobsTest {

    @Test
    void BAT00_tenantParameterCannotBeOverriddenByCaller() {
        Properties given = new Properties();
        given.setProperty("period", "2026-10");
        given.setProperty(TenantJobs.TENANT_PARAMETER, "other");

        Properties parameters = TenantJobs.parametersFor(TenantCode.of("acme"), given);

        assertThat(parameters.getProperty("period")).isEqualTo("2026-10");
        assertThat(TenantJobs.tenantOf(parameters)).isEqualTo(TenantCode.of("acme"));
    }

    @Test
    void BAT00_jobWithoutValidTenantRefusesToRun() {
        Properties parameters = new Properties();
        assertThatThrownBy(() -> TenantJobs.tenantOf(parameters)).isInstanceOf(IllegalArgumentException.class);
        parameters.setProperty(TenantJobs.TENANT_PARAMETER, "x; drop schema t_demo");
        assertThatThrownBy(() -> TenantJobs.tenantOf(parameters)).isInstanceOf(IllegalArgumentException.class);
    }
}
