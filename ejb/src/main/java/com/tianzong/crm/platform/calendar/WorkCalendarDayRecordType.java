package com.tianzong.crm.platform.calendar;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The working calendar (工作日历) in the generic list and form, under administration. */
@ApplicationScoped
public class WorkCalendarDayRecordType extends DeclaredRecordType<WorkCalendarDay> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.date("day").required(),
            RecordField.code("kind", "CALENDAR_DAY_KIND").required(),
            RecordField.text("name", 60).required().searchable(),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    public WorkCalendarDayRecordType() {
        super("workCalendarDay", "BAS-04", "BAS", WorkCalendarDay.class, null, List.of("basic", "record"), FIELDS);
    }

    @EJB
    WorkCalendarDayService service;

    @Override
    public RecordService<WorkCalendarDay> service() {
        return service;
    }
}
