package com.tianzong.crm.platform.importing;

import java.io.Serializable;
import java.util.List;

/**
 * The rows of an uploaded table as text, each with its line (row number) in the file so that
 * problems can be reported where the user will look for them.
 */
public record ImportTable(List<String> headers, List<Row> rows) implements Serializable {

    public ImportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public record Row(int line, List<String> cells) implements Serializable {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell of a column, trimmed; empty for a cell the row does not have. */
        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }
    }
}
