package com.tianzong.crm.platform.records;

import java.util.List;

/**
 * A record with lines ({@link LineItems}): the generic form adds and removes lines and asks
 * the document to work its amounts out again whenever a line changes, without a round trip to
 * the database; the service checks and stores the lines with the document.
 */
public interface LineDocument {

    /** The lines in their order. */
    List<?> getLines();

    /** Appends an empty line. */
    void addLine();

    /** Removes the line at {@code index} (0-based) and numbers the others again. */
    void removeLine(int index);

    /** Works out each line's amounts and the document's totals from what the lines say now. */
    void recalculate();

    /** Whether the document has a fixed set of lines (a plan's twelve months) that are never added or removed. */
    default boolean isLinesFixed() {
        return false;
    }

    /**
     * Whether the user adds lines by typing them in (an indicator's scoring levels); otherwise lines
     * are added by hand only where a line picks a record (a product), and not at all where they come
     * from another document (a shipment's from its order).
     */
    default boolean isLinesAddedByHand() {
        return false;
    }

    /** Whether the lines may still be changed (a draft); a posted document's lines are fixed. */
    boolean isLinesEditable();
}
