package com.tianzong.crm.platform.search;

import com.tianzong.crm.platform.security.DataScopes;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.security.ScopeRule;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search box (PLT-11): finds the records of every indexed type that the caller may read,
 * within the caller's data scope, applied in the index itself (not by filtering a page of hits,
 * which would make counts and pages wrong).
 */
@Stateless
@TenantAware
public class GlobalSearch {

    public static final int MAX_QUERY_LENGTH = 100;

    @EJB
    SearchIndex index;

    @EJB
    Permissions permissions;

    @EJB
    DataScopes dataScopes;

    @Inject
    Instance<SearchSource> sources;

    @Inject
    CurrentTenant currentTenant;

    public SearchResults search(String text, int limit) {
        String query = SearchText.normalized(text);
        if (query == null) {
            return SearchResults.none();
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        return index.search(currentTenant.require(), query, scope(), limit);
    }

    private SearchScope scope() {
        Map<String, ScopeRule> rules = new LinkedHashMap<>();
        for (SearchSource source : sources) {
            for (String type : source.recordTypes()) {
                if (permissions.allowed(type, PermissionAction.VIEW)) {
                    rules.put(type, dataScopes.ruleFor(type));
                }
            }
        }
        return new SearchScope(rules);
    }
}
