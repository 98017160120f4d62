package com.tianzong.crm.platform.search;

import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.platform.tenancy.TenantCode;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Brings the current tenant's documents in the index in step with its schema: some families
 * after a committed change, or everything (the operators' reindex, and at start-up a tenant
 * whose index is not complete). Reads in chunks, each in a transaction of its own.
 */
@Stateless
@TenantAware
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexer {

    static final int CHUNK = 500;

    @EJB
    SearchIndex index;

    @Inject
    Instance<SearchSource> sources;

    @Inject
    CurrentTenant currentTenant;

    @Resource
    SessionContext context;

    /** Re-reads these families of one family type and replaces what the index holds of them. */
    public void reindex(String familyType, Collection<Long> families) {
        SearchIndexer self = context.getBusinessObject(SearchIndexer.class);
        List<Long> ordered = List.copyOf(new TreeSet<>(families));
        for (int start = 0; start < ordered.size(); start += CHUNK) {
            self.reindexChunk(familyType, ordered.subList(start, Math.min(ordered.size(), start + CHUNK)));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reindexChunk(String familyType, List<Long> families) {
        SearchSource source = source(familyType).orElseThrow();
        List<SearchEntry> entries = source.entries(families);
        index.replace(currentTenant.require(), families.stream().map(id -> SearchEntry.idOf(familyType, id)).toList(), entries);
    }

    /**
     * Empties the tenant's part of the index and indexes every family again; reports the number
     * of families done after each chunk. Answers the number of documents the index then holds.
     */
    public long rebuild(IntConsumer progress) {
        TenantCode tenant = currentTenant.require();
        index.purge(tenant);
        SearchIndexer self = context.getBusinessObject(SearchIndexer.class);
        int done = 0;
        for (SearchSource source : sources) {
            List<Long> families = self.allFamilies(source.familyType());
            for (int start = 0; start < families.size(); start += CHUNK) {
                List<Long> chunk = families.subList(start, Math.min(families.size(), start + CHUNK));
                self.reindexChunk(source.familyType(), chunk);
                done += chunk.size();
                progress.accept(done);
            }
        }
        return index.count(tenant);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> allFamilies(String familyType) {
        return source(familyType).map(SearchSource::allFamilies).orElse(List.of());
    }

    /** How many documents the tenant's schema gives and how many the index holds. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long[] expectedAndHeld() {
        long expected = 0;
        for (SearchSource source : sources) {
            expected += source.entryCount();
        }
        return new long[] {expected, index.count(currentTenant.require())};
    }

    public Set<String> familyTypes() {
        Set<String> types = new TreeSet<>();
        sources.forEach(source -> types.add(source.familyType()));
        return types;
    }

    private Optional<SearchSource> source(String familyType) {
        return sources.stream().filter(source -> source.familyType().equals(familyType)).findFirst();
    }
}
