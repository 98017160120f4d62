package com.tianzong.crm.platform.operator;

import com.tianzong.crm.platform.identity.SignInThrottle;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/** Checks operator credentials; tenant credentials are not its business and are not validated here. */
@ApplicationScoped
public class OperatorIdentityStore implements IdentityStore {

    /** Operators' failed sign-ins are counted like a company of their own. */
    static final String THROTTLE_COMPANY = "#operator";

    @EJB
    OperatorAccounts operators;

    @EJB
    SignInThrottle throttle;

    /** Dispatches by hand; see {@link com.tianzong.crm.platform.identity.TenantIdentityStore#validate(jakarta.security.enterprise.credential.Credential)}. */
    @Override
    public CredentialValidationResult validate(jakarta.security.enterprise.credential.Credential credential) {
        return credential instanceof OperatorCredential operatorCredential
                ? validate(operatorCredential)
                : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    /**
     * The groups of an operator already signed in elsewhere in this application (single
     * sign-on): empty unless the principal names an operator account that still exists.
     */
    public Optional<Set<String>> groupsOf(String principalName) {
        return OperatorPrincipal.usernameOf(principalName)
                .flatMap(operators::findByUsername)
                .filter(OperatorAccount::isEnabled)
                .map(account -> Set.of(OperatorPrincipal.GROUP));
    }

    public CredentialValidationResult validate(OperatorCredential credential) {
        if (throttle.lockedUntil(THROTTLE_COMPANY, credential.getUsername(), null).isPresent()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (credential.getUsername().isEmpty() || !operators.authenticate(credential.getUsername(), credential.getPassword().getValue())) {
            throttle.recordFailure(THROTTLE_COMPANY, credential.getUsername(), null);
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.recordSuccess(THROTTLE_COMPANY, credential.getUsername());
        return new CredentialValidationResult(new CallerPrincipal(OperatorPrincipal.nameOf(credential.getUsername())),
                Set.of(OperatorPrincipal.GROUP));
    }
}
