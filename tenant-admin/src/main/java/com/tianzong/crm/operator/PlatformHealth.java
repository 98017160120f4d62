package com.tianzong.crm.operator;

import com.tianzong.crm.platform.tenancy.Tenant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The platform's health as operators and load balancers read it: UP when no tenant is FAILED
 * (a failed migration leaves that tenant unserved and needs an operator), DEGRADED otherwise.
 * Counts only; no tenant names, since the endpoint is public.
 */
public record PlatformHealth(String status, Map<Tenant.Status, Long> tenants) {

    public static PlatformHealth of(Collection<Tenant.Status> statuses) {
        Map<Tenant.Status, Long> counts = new EnumMap<>(Tenant.Status.class);
        for (Tenant.Status status : Tenant.Status.values()) {
            counts.put(status, statuses.stream().filter(status::equals).count());
        }
        return new PlatformHealth(counts.get(Tenant.Status.FAILED) > 0 ? "DEGRADED" : "UP", counts);
    }
}
