package com.tianzong.crm.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;

/**
 * Answers "which tenant is this work for, and who does it?": an explicit {@link TenantContext}
 * wins (batch, imports, onboarding, sign-in), otherwise the signed-in caller's principal decides.
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
        return signedIn().map(TenantUser::tenant);
    }

    public TenantCode require() {
        return find().orElseThrow(() -> new NoTenantException(
                "No tenant in context: tenant data was accessed without a signed-in tenant user or TenantContext"));
    }

    /** The user the work is done for; empty for system work (batch, import, onboarding). */
    public Optional<TenantUser> currentUser() {
        Optional<TenantContext.Explicit> explicit = TenantContext.explicit();
        if (explicit.isPresent()) {
            return explicit.get().username().map(name -> new TenantUser(name, explicit.get().tenant()));
        }
        return signedIn();
    }

    /** Where the work comes from, for the audit trail. */
    public TenantContext.Source source() {
        return TenantContext.explicit().map(TenantContext.Explicit::source).orElse(TenantContext.Source.USER);
    }

    /** A short name of who does the work, for the audit trail: the user name, or the source. */
    public String actor() {
        return currentUser().map(TenantUser::username).orElse(source().name().toLowerCase(java.util.Locale.ROOT));
    }

    private Optional<TenantUser> signedIn() {
        String name = caller == null ? null : caller.getName();
        return TenantUser.fromPrincipalName(name);
    }
}
