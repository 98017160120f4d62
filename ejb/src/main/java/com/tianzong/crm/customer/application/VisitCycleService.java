package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.VisitCycle;
import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Visit cycles per grade: one per grade; when one is set, changed or removed, the customers of
 * the grade without a cycle of their own are due anew at once.
 */
@Stateless
@TenantAware
public class VisitCycleService extends AbstractRecordService<VisitCycle> {

    @Inject
    VisitCycleRecordType type;

    @EJB
    CustomerActivity activity;

    @Override
    protected RecordType<VisitCycle> type() {
        return type;
    }

    @Override
    public VisitCycle newRecord() {
        return new VisitCycle();
    }

    @Override
    protected void checkRules(VisitCycle cycle) {
        if (cycle.getGrade() != null && taken("grade", cycle.getGrade(), cycle)) {
            throw new BusinessRuleException("visitCycle.grade.taken", "grade", cycle.getGrade());
        }
    }

    @Override
    protected void afterSave(VisitCycle saved, Map<String, String> before) {
        if (before != null && before.get("grade") != null && !before.get("grade").equals(saved.getGrade())) {
            activity.rescheduleGrade(before.get("grade"));
        }
        activity.rescheduleGrade(saved.getGrade());
    }

    @Override
    protected void afterDelete(VisitCycle removed) {
        activity.rescheduleGrade(removed.getGrade());
    }
}
