package com.tianzong.crm.platform.records;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A business rule refused the change. Carries a message key of the UI bundles (never UI text),
 * its arguments, and the field it concerns, if any, so the form can show it beside that field.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final List<String> arguments;

    public BusinessRuleException(String messageKey, String field, String... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getField() {
        return field;
    }

    public List<String> getArguments() {
        return arguments;
    }
}
