package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Feedback;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Complaints and improvement suggestions (CUS-07): on a customer the user can see, not received
 * after today, settled only with a resolution.
 */
@Stateless
@TenantAware
public class FeedbackService extends CustomerRecordService<Feedback> {

    @Inject
    FeedbackRecordType type;

    @Override
    protected RecordType<Feedback> type() {
        return type;
    }

    @Override
    public Feedback newRecord() {
        return new Feedback();
    }

    @Override
    protected void checkRules(Feedback feedback) {
        if (feedback.getCustomer() == null) {
            return;
        }
        customerOf(feedback);
        requireNotAfterToday(feedback.getReceivedDate(), "receivedDate");
        settle(feedback);
    }
}
