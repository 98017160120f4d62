package com.tianzong.crm.it;

import static com.tianzong.crm.it.TestCompany.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.calendar.WorkCalendar;
import com.tianzong.crm.platform.calendar.WorkCalendarDay;
import com.tianzong.crm.platform.calendar.WorkCalendarDayService;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** BAS-04: the company's working calendar counts in the working days of its indicators. */
@ExtendWith(ArquillianExtension.class)
class WorkCalendarIT {

    @EJB
    TenantProvisioning provisioning;

    @EJB
    WorkCalendarDayService days;

    @EJB
    WorkCalendar calendar;

    private TestCompany company;

    @BeforeEach
    void organisation() {
        company = TestCompany.withSalesTeam(provisioning, "it_cal");
        company.user("boss", "陈静", "SALES", "TENANT_ADMIN");
    }

    @AfterEach
    void removeCompany() {
        company.remove();
    }

    @Test
    void BAS04_daysOffAndSwappedSaturdaysChangeTheWorkingDays() {
        LocalDate monday = LocalDate.of(2026, 9, 28);
        LocalDate sunday = LocalDate.of(2026, 10, 11);
        assertThat(company.system(() -> calendar.workingDays(monday, sunday))).isEqualTo(10);
        for (int day = 1; day <= 7; day++) {
            LocalDate off = LocalDate.of(2026, 10, day);
            company.as("boss", () -> days.save(entry(off, WorkCalendarDay.HOLIDAY, "国庆节")));
        }
        company.as("boss", () -> days.save(entry(LocalDate.of(2026, 10, 10), WorkCalendarDay.WORKDAY, "国庆节调休")));
        assertThat(company.system(() -> calendar.workingDays(monday, sunday))).as("10 − 5 + 1").isEqualTo(6);
    }

    @Test
    void BAS04_theCalendarRefusesWhatChangesNothingOrRepeatsAndOnlyAdministratorsKeepIt() {
        company.as("boss", () -> days.save(entry(LocalDate.of(2026, 10, 1), WorkCalendarDay.HOLIDAY, "国庆节")));
        assertRefused(() -> company.as("boss", () -> days.save(entry(LocalDate.of(2026, 10, 1), WorkCalendarDay.HOLIDAY, "重复"))),
                "workCalendarDay.dayTaken");
        assertRefused(() -> company.as("boss", () -> days.save(entry(LocalDate.of(2026, 10, 14), WorkCalendarDay.WORKDAY, "周三"))),
                "workCalendarDay.workdayOnWeekday");
        assertThatThrownBy(() -> company.as("zhangwei", () -> days.save(entry(LocalDate.of(2026, 10, 2), WorkCalendarDay.HOLIDAY, "国庆节"))))
                .as("a rep reads the calendar, does not keep it").isInstanceOf(PermissionDeniedException.class);
    }

    private static WorkCalendarDay entry(LocalDate day, String kind, String name) {
        WorkCalendarDay entry = new WorkCalendarDay();
        entry.setDay(day);
        entry.setKind(kind);
        entry.setName(name);
        return entry;
    }
}
