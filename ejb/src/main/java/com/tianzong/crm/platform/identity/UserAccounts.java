package com.tianzong.crm.platform.identity;

import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.salesforce.domain.Department;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The tenant's user accounts: sign-in checks, preferences, initial passwords. */
@Stateless
@TenantAware
public class UserAccounts {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    CurrentTenant currentTenant;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The roles of an enabled account whose password matches; empty for every kind of failure. */
    public Optional<Set<String>> authenticate(String username, char[] password) {
        Optional<UserAccount> account = findByUsername(username).filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            hasher.verifyNothing(password);
            return Optional.empty();
        }
        return hasher.verify(password, account.get().getPasswordHash())
                ? Optional.of(account.get().roles())
                : Optional.empty();
    }

    /** The signed-in user's own account. */
    public UserAccount me() {
        String username = currentTenant.currentUser().orElseThrow().username();
        return findByUsername(username).orElseThrow();
    }

    /** The company's password and session policy. */
    public SecurityPolicy policy() {
        return em.find(SecurityPolicy.class, SecurityPolicy.THE_POLICY);
    }

    /**
     * Changes the signed-in user's password: the current one must be right and the new one must
     * meet the company's rules (the first broken rule is reported, by its message key).
     */
    public void changeMyPassword(char[] current, char[] next) {
        UserAccount me = me();
        if (!hasher.verify(current, me.getPasswordHash())) {
            throw new BusinessRuleException("password.currentWrong", "current");
        }
        List<String> broken = policy().passwordRules().violations(next, me.getUsername());
        if (!broken.isEmpty()) {
            throw new BusinessRuleException(broken.get(0), "next", Integer.toString(policy().getMinLength()));
        }
        if (java.util.Arrays.equals(current, next)) {
            throw new BusinessRuleException("password.sameAsCurrent", "next");
        }
        me.changePasswordHash(hasher.hash(next));
    }

    /**
     * Sets the first password of an invited user (the invitation's token is the proof): the
     * company's rules apply, and the account must not have a password yet.
     */
    public void setPasswordByInvitation(String username, char[] password) {
        UserAccount account = findByUsername(username).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new BusinessRuleException("invitation.invalid", null));
        List<String> broken = policy().passwordRules().violations(password, username);
        if (!broken.isEmpty()) {
            throw new BusinessRuleException(broken.get(0), "next", Integer.toString(policy().getMinLength()));
        }
        account.changePasswordHash(hasher.hash(password));
    }

    /** Whether the signed-in user's password is older than the policy allows and must be changed now. */
    public boolean myPasswordExpired() {
        return policy().isExpired(me().getPasswordChangedAt(), java.time.Instant.now());
    }

    public void changeMyLocale(String localeTag) {
        me().preferLocale(localeTag);
    }

    /** Adds a member of staff; they get a password by invitation or {@link #setInitialPasswords}. */
    public UserAccount create(String username, String displayName, Department department, Set<String> roles) {
        if (findByUsername(username).isPresent()) {
            throw new BusinessRuleException("user.username.taken", "username", username);
        }
        UserAccount account = new UserAccount(username, displayName, department, roles);
        em.persist(account);
        em.flush();
        return account;
    }

    /** Adds a member of staff with the e-mail address their invitation goes to. */
    public UserAccount create(String username, String displayName, String email, Department department, Set<String> roles) {
        UserAccount account = create(username, displayName, department, roles);
        account.changeEmail(email);
        return account;
    }

    /** Moves a user to another department; their data scope follows at once. */
    public void moveTo(String username, Department department) {
        findByUsername(username).orElseThrow().moveTo(department);
    }

    public List<UserAccount> findEnabled() {
        return em.createNamedQuery("UserAccount.findEnabled", UserAccount.class).getResultList();
    }

    /** Gives every account that has no password yet this one (demo data and first admin). */
    public int setInitialPasswords(char[] password) {
        List<UserAccount> accounts = em.createNamedQuery("UserAccount.findWithUnsetPassword", UserAccount.class)
                .getResultList();
        accounts.forEach(account -> account.changePasswordHash(hasher.hash(password)));
        return accounts.size();
    }
}
