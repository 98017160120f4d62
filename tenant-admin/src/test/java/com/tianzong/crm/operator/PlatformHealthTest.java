package com.tianzong.crm.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.platform.tenancy.Tenant.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformHealthTest {

    @Test
    void TEN01_platformIsUpWhenNoTenantFailed() {
        PlatformHealth health = PlatformHealth.of(List.of(Status.ACTIVE, Status.ACTIVE, Status.SUSPENDED));
        assertThat(health.status()).isEqualTo("UP");
        assertThat(health.tenants()).containsEntry(Status.ACTIVE, 2L).containsEntry(Status.SUSPENDED, 1L)
                .containsEntry(Status.FAILED, 0L);
    }

    @Test
    void TEN01_aFailedTenantMigrationDegradesThePlatform() {
        assertThat(PlatformHealth.of(List.of(Status.ACTIVE, Status.FAILED)).status()).isEqualTo("DEGRADED");
    }
}
