package com.tianzong.crm.platform.search;

import java.io.Serializable;
import java.util.List;

/** The best hits of a query, how many records matched in all, and how long the index took. */
public record SearchResults(List<SearchHit> hits, long total, long tookMillis) implements Serializable {

    public static SearchResults none() {
        return new SearchResults(List.of(), 0, 0);
    }
}
