package com.tianzong.crm.platform.calendar;

import com.tianzong.crm.platform.records.AbstractRecordService;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;

/**
 * The working calendar's days (工作日历): one entry a day; a swapped working day (调休上班) is a
 * Saturday or Sunday. Days off may be entered for a whole holiday, weekend days included, as the
 * holiday schedule lists them.
 */
@Stateless
@TenantAware
public class WorkCalendarDayService extends AbstractRecordService<WorkCalendarDay> {

    @Inject
    WorkCalendarDayRecordType type;

    @Override
    protected RecordType<WorkCalendarDay> type() {
        return type;
    }

    @Override
    public WorkCalendarDay newRecord() {
        return new WorkCalendarDay();
    }

    @Override
    protected void checkRules(WorkCalendarDay entry) {
        if (entry.getDay() == null || entry.getKind() == null) {
            return;
        }
        if (taken("day", entry.getDay(), entry)) {
            throw new BusinessRuleException("workCalendarDay.dayTaken", "day", entry.getDay().toString());
        }
        boolean weekend = entry.getDay().getDayOfWeek() == DayOfWeek.SATURDAY || entry.getDay().getDayOfWeek() == DayOfWeek.SUNDAY;
        if (WorkCalendarDay.WORKDAY.equals(entry.getKind()) && !weekend) {
            throw new BusinessRuleException("workCalendarDay.workdayOnWeekday", "kind", entry.getDay().toString());
        }
    }
}
