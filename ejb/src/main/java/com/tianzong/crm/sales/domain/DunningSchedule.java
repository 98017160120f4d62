package com.tianzong.crm.sales.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's default dunning steps (催款步骤): each an action on a day counted from the invoice's
 * due date, given as codes {@code <ACTION>_<days>} (REMINDER_1, CALL_7, LETTER_30 …) so that the
 * company keeps them in its code lists. A plan started late does not date steps in the past: a
 * step whose day has gone is moved to the start day, keeping the order of the steps.
 */
public final class DunningSchedule {

    private static final Pattern CODE = Pattern.compile("([A-Z]+)_(-?[0-9]{1,3})");

    /** The steps when the company has none of its own: remind, call, write, visit. */
    public static final DunningSchedule DEFAULT = new DunningSchedule(List.of(
            new Step("REMINDER", 1), new Step("CALL", 7), new Step("LETTER", 30), new Step("VISIT", 60)));

    /** An action a number of days after the due date (before it when negative). */
    public record Step(String action, int days) {
    }

    /** A step of a plan: its action on its day. */
    public record PlannedStep(String action, LocalDate day) {
    }

    private final List<Step> steps;

    private DunningSchedule(List<Step> steps) {
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingInt(Step::days));
        this.steps = List.copyOf(sorted);
    }

    /**
     * The schedule of the codes that name a known action and a day; the others are left out, and
     * without any the {@link #DEFAULT} applies.
     */
    public static DunningSchedule of(List<String> codes, Set<String> actions) {
        List<Step> steps = new ArrayList<>();
        for (String code : codes) {
            Matcher matcher = CODE.matcher(code);
            if (matcher.matches() && actions.contains(matcher.group(1))) {
                steps.add(new Step(matcher.group(1), Integer.parseInt(matcher.group(2))));
            }
        }
        return steps.isEmpty() ? DEFAULT : new DunningSchedule(steps);
    }

    public List<Step> steps() {
        return steps;
    }

    /** The steps of a plan for an invoice due on {@code dueDate} started on {@code start}. */
    public List<PlannedStep> plan(LocalDate dueDate, LocalDate start) {
        List<PlannedStep> planned = new ArrayList<>();
        for (Step step : steps) {
            LocalDate day = dueDate.plusDays(step.days());
            planned.add(new PlannedStep(step.action(), day.isBefore(start) ? start : day));
        }
        return planned;
    }
}
