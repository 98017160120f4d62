package com.tianzong.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.customer.domain.VisitSchedule.Status;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CUS-03: the visit cycle's due dates, worked by hand. */
class VisitScheduleTest {

    private static final LocalDate TAKEN_ON = LocalDate.of(2026, 1, 5);

    @Test
    void CUS03_theCustomersOwnCycleWinsOverItsGradesAndWithoutEitherNothingIsDue() {
        assertThat(VisitSchedule.cycleDays(30, 14)).contains(30);
        assertThat(VisitSchedule.cycleDays(null, 14)).contains(14);
        assertThat(VisitSchedule.cycleDays(null, null)).isEmpty();
        assertThat(VisitSchedule.nextDue(LocalDate.of(2026, 3, 1), TAKEN_ON, Optional.empty())).isEmpty();
    }

    @Test
    void CUS03_dueOneCycleAfterTheLastVisitOrAfterBeingTakenOn() {
        // visited 2026-01-25, every 14 days: 2026-02-08
        assertThat(VisitSchedule.nextDue(LocalDate.of(2026, 1, 25), TAKEN_ON, Optional.of(14))).contains(LocalDate.of(2026, 2, 8));
        // never visited, taken on 2026-01-05, every 30 days: 2026-02-04
        assertThat(VisitSchedule.nextDue(null, TAKEN_ON, Optional.of(30))).contains(LocalDate.of(2026, 2, 4));
        // across the end of February in a non-leap year: 2026-02-20 + 10 days = 2026-03-02
        assertThat(VisitSchedule.nextDue(LocalDate.of(2026, 2, 20), TAKEN_ON, Optional.of(10))).contains(LocalDate.of(2026, 3, 2));
        // and in a leap year: 2028-02-20 + 10 days = 2028-03-01
        assertThat(VisitSchedule.nextDue(LocalDate.of(2028, 2, 20), TAKEN_ON, Optional.of(10))).contains(LocalDate.of(2028, 3, 1));
        // across the year end: 2026-12-20 + 14 days = 2027-01-03
        assertThat(VisitSchedule.nextDue(LocalDate.of(2026, 12, 20), TAKEN_ON, Optional.of(14))).contains(LocalDate.of(2027, 1, 3));
    }

    @Test
    void CUS03_overdueFromTheDayAfterTheDueDateComingUpWithinAWeek() {
        LocalDate due = LocalDate.of(2026, 3, 10);
        assertThat(VisitSchedule.status(due, LocalDate.of(2026, 3, 13))).isEqualTo(Status.OVERDUE);
        assertThat(VisitSchedule.daysOverdue(due, LocalDate.of(2026, 3, 13))).isEqualTo(3);
        assertThat(VisitSchedule.status(due, LocalDate.of(2026, 3, 11))).isEqualTo(Status.OVERDUE);
        assertThat(VisitSchedule.status(due, LocalDate.of(2026, 3, 10))).isEqualTo(Status.DUE_TODAY);
        assertThat(VisitSchedule.daysOverdue(due, LocalDate.of(2026, 3, 10))).isZero();
        assertThat(VisitSchedule.status(due, LocalDate.of(2026, 3, 3))).as("exactly 7 days ahead").isEqualTo(Status.COMING_UP);
        assertThat(VisitSchedule.status(due, LocalDate.of(2026, 3, 2))).as("8 days ahead").isEqualTo(Status.LATER);
        assertThat(VisitSchedule.status(null, LocalDate.of(2026, 3, 2))).isEqualTo(Status.NO_CYCLE);
    }
}
