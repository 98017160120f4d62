package com.tianzong.crm.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Counts working days: Monday to Friday, except the calendar's days off, plus the weekend days
 * the calendar makes working days (调休上班). Without calendar entries it is plain Monday to Friday.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * The working days from {@code from} to {@code to}, both included (none when {@code to} is
     * before {@code from}), given the calendar's entries by day ({@link WorkCalendarDay#HOLIDAY}
     * or {@link WorkCalendarDay#WORKDAY}).
     */
    public static long between(LocalDate from, LocalDate to, Map<LocalDate, String> calendar) {
        long days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, calendar.get(day))) {
                days++;
            }
        }
        return days;
    }

    static boolean isWorkingDay(LocalDate day, String calendarKind) {
        if (WorkCalendarDay.HOLIDAY.equals(calendarKind)) {
            return false;
        }
        if (WorkCalendarDay.WORKDAY.equals(calendarKind)) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
