package com.tianzong.crm.it;

import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh tenants for one test class, removed again afterwards: tests never share data. */
public final class TestTenants {

    private final TenantProvisioning provisioning;
    private final List<TenantCode> created = new ArrayList<>();

    public TestTenants(TenantProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    public TenantCode create(String prefix) {
        TenantCode code = TenantCode.of(prefix + "_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
        provisioning.provision(code, "测试租户 " + code, "STANDARD", tenant -> { });
        created.add(code);
        return code;
    }

    public void removeAll() {
        created.forEach(provisioning::remove);
        created.clear();
    }
}
