package com.tianzong.crm.platform.query;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One page of a list: rows {@code first .. first + size}, sorted by named fields, filtered by
 * field values and an optional free text over the searchable fields. Field names are the
 * record type's declared names; anything else is refused by the query, never put into JPQL.
 */
public record PageRequest(int first, int size, List<Sort> sort, Map<String, String> filters, String text)
        implements Serializable {

    public static final int MAX_PAGE_SIZE = 10_000;

    public PageRequest {
        if (first < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Invalid page " + first + "+" + size);
        }
        sort = List.copyOf(sort);
        filters = Map.copyOf(filters);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, List.of(), Map.of(), null);
    }

    public PageRequest withFilter(String field, String value) {
        Map<String, String> more = new java.util.HashMap<>(filters);
        more.put(field, value);
        return new PageRequest(first, size, sort, more, text);
    }

    public PageRequest withText(String freeText) {
        return new PageRequest(first, size, sort, filters, freeText);
    }

    public PageRequest sortedBy(String field, boolean ascending) {
        return new PageRequest(first, size, List.of(new Sort(field, ascending)), filters, text);
    }

    public record Sort(String field, boolean ascending) implements Serializable {
    }
}
