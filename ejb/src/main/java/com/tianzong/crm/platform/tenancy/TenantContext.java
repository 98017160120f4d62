package com.tianzong.crm.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The tenant that work runs for when there is no signed-in tenant user to take it from:
 * batch jobs, timers, onboarding, sign-in itself. Scoped to the calling thread and always
 * restored, so a pooled thread never keeps a previous tenant.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantCode> EXPLICIT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static <T> T callAs(TenantCode tenant, Supplier<T> work) {
        TenantCode previous = EXPLICIT.get();
        EXPLICIT.set(tenant);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(TenantCode tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callChecked(TenantCode tenant, Callable<T> work) throws Exception {
        TenantCode previous = EXPLICIT.get();
        EXPLICIT.set(tenant);
        try {
            return work.call();
        } finally {
            restore(previous);
        }
    }

    static Optional<TenantCode> explicitTenant() {
        return Optional.ofNullable(EXPLICIT.get());
    }

    private static void restore(TenantCode previous) {
        if (previous == null) {
            EXPLICIT.remove();
        } else {
            EXPLICIT.set(previous);
        }
    }
}
