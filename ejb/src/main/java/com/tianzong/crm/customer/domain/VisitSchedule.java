package com.tianzong.crm.customer.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The visit cycle's arithmetic (CUS-03): the next visit is due one cycle after the last visit, or
 * one cycle after the customer was taken on if nobody has visited yet; a customer without a
 * cycle is never due. A visit is overdue from the day after its due date.
 */
public final class VisitSchedule {

    /** How many days ahead a visit counts as coming up. */
    public static final int COMING_UP_DAYS = 7;

    public enum Status { OVERDUE, DUE_TODAY, COMING_UP, LATER, NO_CYCLE }

    private VisitSchedule() {
    }

    /** The cycle that applies: the customer's own, else its grade's, else none. */
    public static Optional<Integer> cycleDays(Integer customersOwn, Integer gradesCycle) {
        return Optional.ofNullable(customersOwn != null ? customersOwn : gradesCycle);
    }

    public static Optional<LocalDate> nextDue(LocalDate lastVisit, LocalDate takenOn, Optional<Integer> cycleDays) {
        if (cycleDays.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = lastVisit != null ? lastVisit : takenOn;
        return Optional.of(from.plusDays(cycleDays.get()));
    }

    /** Days past the due date on {@code today}: positive when overdue, zero on the day, negative before. */
    public static long daysOverdue(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(due, today);
    }

    public static Status status(LocalDate due, LocalDate today) {
        if (due == null) {
            return Status.NO_CYCLE;
        }
        long overdue = daysOverdue(due, today);
        if (overdue > 0) {
            return Status.OVERDUE;
        }
        if (overdue == 0) {
            return Status.DUE_TODAY;
        }
        return -overdue <= COMING_UP_DAYS ? Status.COMING_UP : Status.LATER;
    }
}
