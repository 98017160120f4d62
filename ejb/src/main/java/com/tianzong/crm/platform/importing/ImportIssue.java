package com.tianzong.crm.platform.importing;

import java.io.Serializable;
import java.util.List;

/**
 * One problem of an import: its line in the file (0 for the file as a whole), the field, and the
 * message: a key of the UI bundles with its arguments, or a text already in the user's language
 * (the declared constraints' messages).
 */
public record ImportIssue(int line, String field, String messageKey, List<String> arguments, String text)
        implements Serializable {

    public ImportIssue {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static ImportIssue keyed(int line, String field, String messageKey, String... arguments) {
        return new ImportIssue(line, field, messageKey, List.of(arguments), null);
    }

    static ImportIssue text(int line, String field, String text) {
        return new ImportIssue(line, field, null, List.of(), text);
    }

    // bean-style reads for the pages: Jakarta EL 5 does not see record components

    public int getLine() {
        return line;
    }

    public String getField() {
        return field;
    }
}
