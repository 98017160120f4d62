package com.tianzong.crm.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;

/**
 * Answers "which tenant is this work for?": an explicit {@link TenantContext} wins (batch,
 * onboarding, sign-in), otherwise the signed-in caller's principal decides.
 */
@ApplicationScoped
public class CurrentTenant {

    @Inject
    Principal caller;

    public Optional<TenantCode> find() {
        Optional<TenantCode> explicit = TenantContext.explicitTenant();
        if (explicit.isPresent()) {
            return explicit;
        }
        return currentUser().map(TenantUser::tenant);
    }

    public TenantCode require() {
        return find().orElseThrow(() -> new NoTenantException(
                "No tenant in context: tenant data was accessed without a signed-in tenant user or TenantContext"));
    }

    /** The signed-in tenant user, if the caller is one. */
    public Optional<TenantUser> currentUser() {
        String name = caller == null ? null : caller.getName();
        return TenantUser.fromPrincipalName(name);
    }
}
