package com.tianzong.crm.platform.identity;

import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import com.tianzong.crm.platform.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * Checks company code + user name + password against the tenant's own user accounts. An unknown
 * company, an inactive company, an unknown user and a wrong password all give the same invalid
 * result after the same amount of hashing, so the answer tells an attacker nothing.
 */
@ApplicationScoped
public class TenantIdentityStore implements IdentityStore {

    @EJB
    TenantRegistry registry;

    @EJB
    UserAccounts userAccounts;

    @Inject
    PasswordHasher hasher;

    public CredentialValidationResult validate(TenantCredential credential) {
        char[] password = credential.getPassword().getValue();
        Optional<TenantCode> tenant = TenantCode.parse(credential.getCompanyCode())
                .filter(code -> registry.find(code).filter(Tenant::isActive).isPresent());
        if (tenant.isEmpty() || credential.getUsername().isEmpty()) {
            hasher.verifyNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Set<String>> roles = TenantContext.callAs(tenant.get(),
                () -> userAccounts.authenticate(credential.getUsername(), password));
        if (roles.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        TenantUser user = new TenantUser(credential.getUsername(), tenant.get());
        return new CredentialValidationResult(new CallerPrincipal(user.principalName()), roles.get());
    }
}
