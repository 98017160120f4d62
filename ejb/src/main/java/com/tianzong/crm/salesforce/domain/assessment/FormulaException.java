package com.tianzong.crm.salesforce.domain.assessment;

import java.util.List;

/**
 * Why a formula is refused or cannot be worked out, as a bundle key and its arguments: a syntax
 * error (with the position), an unknown metric, a division by zero.
 */
public class FormulaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<String> arguments;

    public FormulaException(String messageKey, String... arguments) {
        super(messageKey + " " + String.join(", ", arguments));
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
