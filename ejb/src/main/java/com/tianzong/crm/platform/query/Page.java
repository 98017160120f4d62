package com.tianzong.crm.platform.query;

import java.io.Serializable;
import java.util.List;

/** The rows of one page and the number of rows the whole filtered list has. */
public record Page<T>(List<T> rows, long total) implements Serializable {

    public Page {
        rows = List.copyOf(rows);
    }
}
