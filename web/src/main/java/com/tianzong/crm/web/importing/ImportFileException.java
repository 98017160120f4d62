package com.tianzong.crm.web.importing;

import java.util.List;

/** An upload that is refused before any row is read: its message key and arguments. */
public class ImportFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<String> arguments;

    public ImportFileException(String messageKey, String... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments;
    }
}
