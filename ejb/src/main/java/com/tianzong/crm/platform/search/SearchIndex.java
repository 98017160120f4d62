package com.tianzong.crm.platform.search;

import com.tianzong.crm.platform.security.ScopeRule;
import com.tianzong.crm.platform.tenancy.TenantCode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * The Lucene index (Hibernate Search's standalone mapper, local file system). One index for all
 * tenants, each document tagged with its tenant: every session is opened for one tenant and
 * sees and changes only that tenant's documents. The directory is
 * {@code -Dtianzong.search.directory}, by default {@code search-index} in the server's domain.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final String LUCENE_VERSION = "LUCENE_9_11_1";
    private static final int MAX_TERMS = 1000;

    private CloseableSearchMapping mapping;

    @PostConstruct
    void open() {
        Path directory = directory();
        mapping = SearchMapping.builder(AnnotatedTypeSource.fromClasses(SearchEntry.class))
                .property("hibernate.search.backend.directory.type", "local-filesystem")
                .property("hibernate.search.backend.directory.root", directory.toString())
                .property("hibernate.search.backend.lucene_version", LUCENE_VERSION)
                .property("hibernate.search.backend.analysis.configurer", BeanReference.ofInstance(new SearchAnalysis()))
                .property("hibernate.search.backend.multi_tenancy.strategy", "discriminator")
                .property("hibernate.search.mapping.multi_tenancy.enabled", true)
                .build();
        LOG.info(() -> "Search index at " + directory);
    }

    @PreDestroy
    void close() {
        if (mapping != null) {
            mapping.close();
        }
    }

    private static Path directory() {
        String configured = System.getProperty("tianzong.search.directory");
        String domain = System.getProperty("com.sun.aas.instanceRoot");
        Path directory = configured != null && !configured.isBlank() ? Path.of(configured)
                : domain != null ? Path.of(domain, "search-index")
                : Path.of(System.getProperty("java.io.tmpdir"), "tianzong-search-index");
        try {
            return Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the search index directory " + directory, e);
        }
    }

    private SearchSession session(TenantCode tenant, IndexingPlanSynchronizationStrategy strategy) {
        return mapping.createSessionWithOptions()
                .tenantId(tenant.value())
                .indexingPlanSynchronizationStrategy(strategy)
                .build();
    }

    /**
     * Replaces what the index holds of some families with their current entries: entries of those
     * families that are no longer given are removed (a deleted contact, a merged customer).
     * Committed when this returns, and seen by the next search.
     */
    public void replace(TenantCode tenant, Collection<String> families, List<SearchEntry> entries) {
        if (families.isEmpty() && entries.isEmpty()) {
            return;
        }
        try (SearchSession session = session(tenant, IndexingPlanSynchronizationStrategy.sync())) {
            Set<String> current = new HashSet<>();
            entries.forEach(entry -> current.add(entry.getId()));
            List<String> familyList = List.copyOf(families);
            for (int start = 0; start < familyList.size(); start += MAX_TERMS) {
                List<String> part = familyList.subList(start, Math.min(familyList.size(), start + MAX_TERMS));
                List<String> held = session.search(SearchEntry.class)
                        .select(f -> f.id(String.class))
                        .where(f -> f.terms().field(SearchEntry.FAMILY).matchingAny(part))
                        .fetchAllHits();
                for (String id : held) {
                    if (!current.contains(id)) {
                        session.indexingPlan().purge(SearchEntry.class, id, null);
                    }
                }
            }
            entries.forEach(session.indexingPlan()::addOrUpdate);
        }
    }

    /** Removes every document of a tenant (before a rebuild, or when the tenant is deleted). */
    public void purge(TenantCode tenant) {
        try (SearchSession session = session(tenant, IndexingPlanSynchronizationStrategy.sync())) {
            session.workspace().purge();
            session.workspace().refresh();
        }
    }

    /** How many documents the index holds for a tenant. */
    public long count(TenantCode tenant) {
        try (SearchSession session = session(tenant, IndexingPlanSynchronizationStrategy.writeSync())) {
            return session.search(SearchEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /**
     * The best {@code limit} records of the tenant for a query (already {@link SearchText#normalized
     * normalized}), restricted to the kinds and data scopes given.
     */
    public SearchResults search(TenantCode tenant, String query, SearchScope scope, int limit) {
        if (query == null || query.isBlank() || scope.rules().isEmpty()) {
            return SearchResults.none();
        }
        try (SearchSession session = session(tenant, IndexingPlanSynchronizationStrategy.writeSync())) {
            SearchResult<List<?>> result = session.search(SearchEntry.class)
                    .select(f -> f.composite().from(
                            f.field(SearchEntry.KIND, String.class),
                            f.field("recordId", Long.class),
                            f.field("title", String.class),
                            f.field("subtitle", String.class)).asList())
                    .where(f -> f.bool()
                            .must(matching(f, query))
                            .filter(within(f, scope)))
                    .fetch(limit);
            List<SearchHit> hits = new ArrayList<>(result.hits().size());
            for (List<?> hit : result.hits()) {
                hits.add(new SearchHit((String) hit.get(0), (Long) hit.get(1), (String) hit.get(2), (String) hit.get(3)));
            }
            return new SearchResults(hits, result.total().hitCount(), result.took().toMillis());
        }
    }

    /** Names, codes, addresses and related names by Chinese bigrams; phones and pinyin initials anywhere inside. */
    private static SearchPredicate matching(SearchPredicateFactory f, String query) {
        BooleanPredicateClausesStep<?> any = f.bool()
                .should(f.simpleQueryString()
                        .field(SearchEntry.PRIMARY).boost(3.0f)
                        .field(SearchEntry.SECONDARY)
                        .matching(query)
                        .defaultOperator(BooleanOperator.AND)
                        .flags(SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX));
        if (SearchText.looksLikePhone(query)) {
            String digits = SearchText.digits(query);
            if (digits.length() == 13 && digits.startsWith("86")) {
                digits = digits.substring(2);
            }
            if (digits.length() <= SearchAnalysis.LONGEST_GRAM) {
                any.should(f.match().field(SearchEntry.PHONES).matching(digits).boost(2.0f));
            }
        }
        if (SearchText.looksLikeInitials(query) && query.length() <= SearchAnalysis.LONGEST_GRAM) {
            any.should(f.match().field(SearchEntry.INITIALS).matching(query));
        }
        return any.toPredicate();
    }

    /** Each allowed kind within its scope: everything, the caller's own, or some departments'. */
    private static SearchPredicate within(SearchPredicateFactory f, SearchScope scope) {
        BooleanPredicateClausesStep<?> kinds = f.bool();
        for (Map.Entry<String, ScopeRule> allowed : scope.rules().entrySet()) {
            ScopeRule rule = allowed.getValue();
            BooleanPredicateClausesStep<?> kind = f.bool().must(f.match().field(SearchEntry.KIND).matching(allowed.getKey()));
            if (rule.byOwner()) {
                kind.must(f.match().field(SearchEntry.OWNER).matching(rule.ownerId()));
            } else if (!rule.isUnrestricted()) {
                kind.must(rule.departmentIds().isEmpty() ? f.matchNone()
                        : f.terms().field(SearchEntry.DEPARTMENT).matchingAny(rule.departmentIds()));
            }
            kinds.should(kind);
        }
        return kinds.toPredicate();
    }
}
