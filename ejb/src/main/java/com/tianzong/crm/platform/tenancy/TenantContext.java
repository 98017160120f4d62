package com.tianzong.crm.platform.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant (and, where there is one, the user) that work runs for when it is not a signed-in
 * user's request: batch jobs, timers, imports, onboarding, sign-in itself. Scoped to the calling
 * thread and always restored, so a pooled thread never keeps a previous tenant.
 */
public final class TenantContext {

    /** Who started work that runs outside a user's request; recorded in the audit trail. */
    public enum Source { USER, BATCH, IMPORT, SYSTEM }

    record Explicit(TenantCode tenant, Optional<String> username, Source source) {
    }

    private static final ThreadLocal<Explicit> EXPLICIT = new ThreadLocal<>();

    private TenantContext() {
    }

    /** System work for a tenant: no user, sees all of the tenant's records. */
    public static <T> T callAs(TenantCode tenant, Supplier<T> work) {
        return call(new Explicit(Objects.requireNonNull(tenant), Optional.empty(), Source.SYSTEM), work);
    }

    /** Work of a batch job or an import for a tenant, marked as such in the audit trail. */
    public static <T> T callAs(TenantCode tenant, Source source, Supplier<T> work) {
        return call(new Explicit(Objects.requireNonNull(tenant), Optional.empty(), Objects.requireNonNull(source)), work);
    }

    /** Work on behalf of one user (their data scope applies), outside a request of theirs. */
    public static <T> T callAsUser(TenantUser user, Supplier<T> work) {
        return call(new Explicit(user.tenant(), Optional.of(user.username()), Source.USER), work);
    }

    /** Work of one user (their permissions and data scope apply) started as an import or batch, marked as such. */
    public static <T> T callAsUser(TenantUser user, Source source, Supplier<T> work) {
        return call(new Explicit(user.tenant(), Optional.of(user.username()), Objects.requireNonNull(source)), work);
    }

    public static void runAs(TenantCode tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    static Optional<Explicit> explicit() {
        return Optional.ofNullable(EXPLICIT.get());
    }

    static Optional<TenantCode> explicitTenant() {
        return explicit().map(Explicit::tenant);
    }

    private static <T> T call(Explicit context, Supplier<T> work) {
        Explicit previous = EXPLICIT.get();
        EXPLICIT.set(context);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }
}
