package com.tianzong.crm.platform.onboarding;

import com.tianzong.crm.platform.identity.SignedInSessions;
import com.tianzong.crm.platform.tenancy.Tenant;
import com.tianzong.crm.platform.tenancy.TenantRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator console's figures per tenant: enabled users, data size on disk, last activity.
 * Counted in a few statements for all tenants together, with schema names only from the
 * registry (validated tenant codes), never from request text.
 */
@Stateless
public class TenantStatistics {

    private static final int UNION_CHUNK = 200;

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @EJB
    TenantRegistry registry;

    @EJB
    SignedInSessions sessions;

    public record Figures(long users, long bytes, Instant lastActivity) implements Serializable {

        public long getUsers() {
            return users;
        }

        public long getBytes() {
            return bytes;
        }

        public Instant getLastActivity() {
            return lastActivity;
        }
    }

    public Map<String, Figures> all() {
        List<Tenant> tenants = registry.findAll().stream()
                .filter(tenant -> tenant.getStatus() != Tenant.Status.PROVISIONING)
                .toList();
        Map<String, Long> users = users(tenants);
        Map<String, Long> bytes = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> sizes = em.createNativeQuery("select n.nspname, sum(pg_total_relation_size(c.oid))"
                + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname like 't\\_%' and c.relkind = 'r' group by n.nspname").getResultList();
        for (Object[] row : sizes) {
            bytes.put((String) row[0], ((Number) row[1]).longValue());
        }
        Map<String, Instant> activity = sessions.lastActivityByTenant();
        Map<String, Figures> figures = new HashMap<>();
        for (Tenant tenant : tenants) {
            String code = tenant.getCode().value();
            figures.put(code, new Figures(users.getOrDefault(code, 0L), bytes.getOrDefault(tenant.getCode().schemaName(), 0L),
                    activity.get(code)));
        }
        return figures;
    }

    private Map<String, Long> users(List<Tenant> all) {
        // only schemas that have the table: a tenant whose first migration failed may have none
        @SuppressWarnings("unchecked")
        java.util.Set<String> ready = new java.util.HashSet<>(em.createNativeQuery(
                "select table_schema from information_schema.tables where table_name = 'user_account'").getResultList());
        List<Tenant> tenants = all.stream().filter(tenant -> ready.contains(tenant.getCode().schemaName())).toList();
        Map<String, Long> counts = new HashMap<>();
        for (int start = 0; start < tenants.size(); start += UNION_CHUNK) {
            List<String> parts = new ArrayList<>();
            for (Tenant tenant : tenants.subList(start, Math.min(tenants.size(), start + UNION_CHUNK))) {
                // the code and schema name come from the registry, both checked against [a-z][a-z0-9_]*
                parts.add("select '" + tenant.getCode().value() + "', count(*) from \"" + tenant.getCode().schemaName()
                        + "\".user_account where enabled");
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(String.join(" union all ", parts)).getResultList();
            for (Object[] row : rows) {
                counts.put((String) row[0], ((Number) row[1]).longValue());
            }
        }
        return counts;
    }
}
