package com.tianzong.crm.platform.records;

import java.io.Serializable;
import java.util.List;

/**
 * What a {@link RecordCommand} led to: the record to show next (the order a quote became, or the
 * same record in its new state) and notices for the user that did not stop it (a line posted
 * short of stock as a back-order), each a bundle key with its arguments.
 */
public record CommandOutcome(String recordType, long recordId, List<Notice> notices) implements Serializable {

    public CommandOutcome {
        notices = List.copyOf(notices);
    }

    public static CommandOutcome show(String recordType, long recordId) {
        return new CommandOutcome(recordType, recordId, List.of());
    }

    public CommandOutcome with(Notice notice) {
        List<Notice> all = new java.util.ArrayList<>(notices);
        all.add(notice);
        return new CommandOutcome(recordType, recordId, all);
    }

    /** A message for the user: bundle key and arguments, and whether it warns (else it informs). */
    public record Notice(String messageKey, List<String> arguments, boolean warning) implements Serializable {

        public Notice {
            arguments = List.copyOf(arguments);
        }

        public static Notice of(String messageKey, String... arguments) {
            return new Notice(messageKey, List.of(arguments), false);
        }

        public static Notice warning(String messageKey, String... arguments) {
            return new Notice(messageKey, List.of(arguments), true);
        }
    }
}
