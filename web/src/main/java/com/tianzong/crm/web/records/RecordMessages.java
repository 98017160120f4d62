package com.tianzong.crm.web.records;

import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.ConcurrentChangeException;
import com.tianzong.crm.platform.records.RecordNotFoundException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.web.i18n.Texts;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

/** Turns what a record service refused into a message in the user's language. */
@ApplicationScoped
public class RecordMessages {

    @Inject
    Texts texts;

    /** Shows the refusal; rethrows anything that is not a refusal (a real error). */
    public void show(RuntimeException failure, RecordType<?> type) {
        Throwable cause = failure instanceof EJBException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof BusinessRuleException rule) {
            showRule(rule, type);
        } else if (cause instanceof ConcurrentChangeException) {
            texts.error("record.changedBySomeoneElse");
        } else if (cause instanceof com.tianzong.crm.platform.security.PermissionDeniedException) {
            texts.error("record.noPermission");
        } else if (cause instanceof RecordNotFoundException) {
            texts.error("record.notFound");
        } else if (cause instanceof ConstraintViolationException violations) {
            violations.getConstraintViolations().forEach(violation -> texts.error("record.fieldMessage",
                    texts.get("field." + type.name() + "." + violation.getPropertyPath()), violation.getMessage()));
        } else {
            throw failure;
        }
    }

    public void showRule(BusinessRuleException rule, RecordType<?> type) {
        String message = texts.get(rule.getMessageKey(), rule.getArguments().toArray());
        if (rule.getField() != null && type != null) {
            texts.error("record.fieldMessage", texts.get("field." + type.name() + "." + rule.getField()), message);
        } else {
            texts.error("record.message", message);
        }
    }
}
