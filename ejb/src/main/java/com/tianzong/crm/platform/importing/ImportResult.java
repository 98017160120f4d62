package com.tianzong.crm.platform.importing;

import java.io.Serializable;
import java.util.List;

/**
 * What an import would do (preview) or did (commit): how many records it creates and updates,
 * and every problem found. Nothing is written unless {@link #isClean()}.
 */
public record ImportResult(int rows, int creates, int updates, List<ImportIssue> issues, boolean written)
        implements Serializable {

    public ImportResult {
        issues = List.copyOf(issues);
    }

    public boolean isClean() {
        return issues.isEmpty();
    }

    /** The lines with at least one problem. */
    public long badLines() {
        return issues.stream().mapToInt(ImportIssue::line).filter(line -> line > 0).distinct().count();
    }

    // bean-style reads for the pages: Jakarta EL 5 does not see record components

    public int getRows() {
        return rows;
    }

    public int getCreates() {
        return creates;
    }

    public int getUpdates() {
        return updates;
    }

    public List<ImportIssue> getIssues() {
        return issues;
    }

    public boolean isWritten() {
        return written;
    }
}
