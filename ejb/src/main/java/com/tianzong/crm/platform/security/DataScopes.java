package com.tianzong.crm.platform.security;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.salesforce.domain.Department;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the current user's data scope for a record type (PLT-05). Read from the database on
 * every call, so a user who changes department or role sees the new scope at once. The widest
 * scope of the user's roles wins; a user without roles sees only their own records; system work
 * (batch, import, onboarding) is not scoped.
 */
@Stateless
@TenantAware
public class DataScopes {

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    @EJB
    UserAccounts userAccounts;

    public ScopeRule ruleFor(String recordType) {
        Optional<TenantUser> user = currentTenant.currentUser();
        if (user.isEmpty()) {
            return ScopeRule.all();
        }
        Optional<UserAccount> account = userAccounts.findByUsername(user.get().username()).filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            return ScopeRule.nothing();
        }
        UserAccount me = account.get();
        DataScope scope = scopeOf(me, recordType);
        Department department = me.getDepartment();
        if (scope == DataScope.ALL) {
            return ScopeRule.all();
        }
        if (scope == DataScope.OWN || department == null) {
            return ScopeRule.own(me.getId());
        }
        return scope == DataScope.DEPARTMENT
                ? ScopeRule.departments(scope, Set.of(department.getId()))
                : ScopeRule.departments(scope, subtree(department.getId()));
    }

    private DataScope scopeOf(UserAccount user, String recordType) {
        if (user.roles().isEmpty()) {
            return DataScope.OWN;
        }
        return em.createNamedQuery("Role.findByCodes", Role.class)
                .setParameter("codes", user.roles())
                .getResultStream()
                .map(role -> role.scopeFor(recordType))
                .reduce(DataScope.OWN, DataScope::widest);
    }

    /** The department and every department below it. */
    private Set<Long> subtree(long root) {
        List<Object[]> edges = em.createQuery("select d.id, p.id from Department d left join d.parent p", Object[].class)
                .getResultList();
        Map<Long, Set<Long>> children = new HashMap<>();
        for (Object[] edge : edges) {
            if (edge[1] != null) {
                children.computeIfAbsent((Long) edge[1], id -> new HashSet<>()).add((Long) edge[0]);
            }
        }
        Set<Long> result = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Long next = pending.pop();
            if (result.add(next)) {
                pending.addAll(children.getOrDefault(next, Set.of()));
            }
        }
        return result;
    }
}
