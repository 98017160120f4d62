package com.tianzong.crm.platform.operator;

import com.tianzong.crm.platform.identity.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Operator accounts in the platform schema. */
@Stateless
public class OperatorAccounts {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public Optional<OperatorAccount> findByUsername(String username) {
        return em.createNamedQuery("OperatorAccount.findByUsername", OperatorAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** Whether an enabled operator has this password; every failure takes the same time. */
    public boolean authenticate(String username, char[] password) {
        Optional<OperatorAccount> account = findByUsername(username).filter(OperatorAccount::isEnabled);
        if (account.isEmpty()) {
            hasher.verifyNothing(password);
            return false;
        }
        boolean valid = hasher.verify(password, account.get().getPasswordHash());
        if (valid) {
            account.get().signedIn();
        }
        return valid;
    }

    /** Creates the operator if there is none of that name yet (first start, demo). */
    public void ensure(String username, String displayName, char[] password) {
        if (findByUsername(username).isEmpty()) {
            em.persist(new OperatorAccount(username, displayName, hasher.hash(password)));
        }
    }
}
