package com.tianzong.crm.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BAS-04 (working days of indicators): Monday to Friday, less the calendar's days off, plus swapped weekend days. */
class WorkingDaysTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 28);
    private static final LocalDate SUNDAY_TWO_WEEKS_LATER = LocalDate.of(2026, 10, 11);

    @Test
    void BAS04_withoutACalendarTwoWeeksHaveTenWorkingDays() {
        assertThat(WorkingDays.between(MONDAY, SUNDAY_TWO_WEEKS_LATER, Map.of())).isEqualTo(10);
        assertThat(WorkingDays.between(MONDAY, MONDAY, Map.of())).isEqualTo(1);
        assertThat(WorkingDays.between(MONDAY, MONDAY.minusDays(1), Map.of())).as("an empty period").isZero();
    }

    @Test
    void BAS04_aHolidayWeekWithASwappedSaturday() {
        // an example company calendar: 1–7 October off (Thursday to Wednesday), Saturday 10 October worked
        Map<LocalDate, String> calendar = new HashMap<>();
        for (LocalDate day = LocalDate.of(2026, 10, 1); !day.isAfter(LocalDate.of(2026, 10, 7)); day = day.plusDays(1)) {
            calendar.put(day, WorkCalendarDay.HOLIDAY);
        }
        calendar.put(LocalDate.of(2026, 10, 10), WorkCalendarDay.WORKDAY);
        // 10 weekdays − 5 weekdays off (1, 2, 5, 6, 7 Oct; the 3rd and 4th are a weekend anyway) + 1 swapped Saturday = 6
        assertThat(WorkingDays.between(MONDAY, SUNDAY_TWO_WEEKS_LATER, calendar)).isEqualTo(6);
        assertThat(WorkingDays.between(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4), calendar)).as("the weekend in the break").isZero();
        assertThat(WorkingDays.between(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10), calendar)).isEqualTo(1);
    }
}
