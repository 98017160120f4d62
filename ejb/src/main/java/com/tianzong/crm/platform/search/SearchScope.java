package com.tianzong.crm.platform.search;

import com.tianzong.crm.platform.security.ScopeRule;
import java.util.Map;

/**
 * Which kinds of records a query may return and, for each, the caller's data scope: a kind the
 * caller may not read is absent.
 */
public record SearchScope(Map<String, ScopeRule> rules) {
}
