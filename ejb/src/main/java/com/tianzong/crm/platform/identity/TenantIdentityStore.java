package com.tianzong.crm.platform.identity;

import com.tianzong.crm.platform.web.ClientAddress;
import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import com.tianzong.crm.platform.tenancy.TenantUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * Checks company code + user name + password against the tenant's own user accounts. An unknown
 * company, an inactive company, an unknown user and a wrong password all give the same invalid
 * result after the same amount of hashing, so the answer tells an attacker nothing. Repeated
 * failures lock the typed account and the source address for a growing time ({@link SignInThrottle}).
 */
@ApplicationScoped
public class TenantIdentityStore implements IdentityStore {

    /** Every tenant user is in this group; the tenant users' web modules admit only it (never operators). */
    public static final String TENANT_USER_GROUP = "TENANT_USER";

    @EJB
    TenantRegistry registry;

    @EJB
    UserAccounts userAccounts;

    @Inject
    PasswordHasher hasher;

    @EJB
    SignInThrottle throttle;

    @Inject
    Instance<HttpServletRequest> request;

    /**
     * Dispatches by hand instead of through the interface's default method: that one looks the
     * method up with MethodHandles, whose cached method types go stale when the application is
     * redeployed (jakartaee/security#116) and then refuse every sign-in until a restart.
     */
    @Override
    public CredentialValidationResult validate(jakarta.security.enterprise.credential.Credential credential) {
        return credential instanceof TenantCredential tenantCredential
                ? validate(tenantCredential)
                : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(TenantCredential credential) {
        String address = sourceAddress();
        if (throttle.lockedUntil(credential.getCompanyCode(), credential.getUsername(), address).isPresent()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = check(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.recordSuccess(credential.getCompanyCode(), credential.getUsername());
        } else {
            throttle.recordFailure(credential.getCompanyCode(), credential.getUsername(), address);
        }
        return result;
    }

    /**
     * The groups of a tenant user already signed in elsewhere in this application (single
     * sign-on): empty unless the principal names an enabled user of an active company.
     */
    public Optional<Set<String>> groupsOf(String principalName) {
        return TenantUser.fromPrincipalName(principalName)
                .filter(user -> registry.find(user.tenant()).filter(Tenant::isActive).isPresent())
                .flatMap(user -> TenantContext.callAs(user.tenant(), () -> userAccounts.findByUsername(user.username())
                        .filter(UserAccount::isEnabled)
                        .map(account -> {
                            Set<String> groups = new java.util.HashSet<>(account.roles());
                            groups.add(TENANT_USER_GROUP);
                            return Set.copyOf(groups);
                        })));
    }

    /**
     * Whether these are a real user's right credentials for a company that is suspended: only
     * then does the sign-in page say so (anyone else learns nothing about the company).
     */
    public boolean isSuspendedAccount(TenantCredential credential) {
        Optional<TenantCode> tenant = TenantCode.parse(credential.getCompanyCode())
                .filter(code -> registry.find(code).map(t -> t.getStatus() == Tenant.Status.SUSPENDED).orElse(false));
        if (tenant.isEmpty() || credential.getUsername().isEmpty()) {
            return false;
        }
        return TenantContext.callAs(tenant.get(),
                () -> userAccounts.authenticate(credential.getUsername(), credential.getPassword().getValue())).isPresent();
    }

    /** The client's address when called for a web request (see {@link ClientAddress#countable}); none otherwise. */
    private String sourceAddress() {
        try {
            return request.isResolvable() ? ClientAddress.countable(request.get()) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private CredentialValidationResult check(TenantCredential credential) {
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
        Set<String> groups = new java.util.HashSet<>(roles.get());
        groups.add(TENANT_USER_GROUP);
        return new CredentialValidationResult(new CallerPrincipal(user.principalName()), groups);
    }
}
