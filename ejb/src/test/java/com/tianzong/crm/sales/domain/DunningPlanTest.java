package com.tianzong.crm.sales.domain;

import static com.tianzong.crm.sales.domain.SalesFixtures.DAY;
import static com.tianzong.crm.sales.domain.SalesFixtures.issuedInvoice;
import static com.tianzong.crm.sales.domain.SalesFixtures.order;
import static com.tianzong.crm.sales.domain.SalesFixtures.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tianzong.crm.platform.records.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SAL-09: the company's default dunning steps and the life of a plan, checked without a database. */
class DunningPlanTest {

    private static final Set<String> ACTIONS = Set.of("REMINDER", "CALL", "LETTER", "VISIT");

    @Test
    void SAL09_theScheduleIsTheCompanysCodesInDayOrderAndTheDefaultWithoutAny() {
        DunningSchedule schedule = DunningSchedule.of(List.of("LETTER_30", "REMINDER_-3", "CALL_7", "FAX_10", "D30", "CALL_x"), ACTIONS);
        assertThat(schedule.steps()).containsExactly(
                new DunningSchedule.Step("REMINDER", -3), new DunningSchedule.Step("CALL", 7), new DunningSchedule.Step("LETTER", 30));

        assertThat(DunningSchedule.of(List.of(), ACTIONS)).isSameAs(DunningSchedule.DEFAULT);
        assertThat(DunningSchedule.of(List.of("FAX_10"), ACTIONS).steps()).extracting(DunningSchedule.Step::days).containsExactly(1, 7, 30, 60);
    }

    @Test
    void SAL09_stepsAreDatedFromTheDueDateAndALateStartMovesThePastOnesToTheStartDay() {
        DunningSchedule schedule = DunningSchedule.DEFAULT;
        LocalDate due = LocalDate.of(2026, 10, 31);

        assertThat(schedule.plan(due, LocalDate.of(2026, 10, 20))).extracting(DunningSchedule.PlannedStep::day).containsExactly(
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 30));
        // started 20 days after the due date: the reminder and the call are due at once, in their order
        assertThat(schedule.plan(due, LocalDate.of(2026, 11, 20))).containsExactly(
                new DunningSchedule.PlannedStep("REMINDER", LocalDate.of(2026, 11, 20)),
                new DunningSchedule.PlannedStep("CALL", LocalDate.of(2026, 11, 20)),
                new DunningSchedule.PlannedStep("LETTER", LocalDate.of(2026, 11, 30)),
                new DunningSchedule.PlannedStep("VISIT", LocalDate.of(2026, 12, 30)));
    }

    @Test
    void SAL09_aPlanCollectsWhatIsOpenAndKnowsItsNextStep() {
        SalesOrder order = order();
        order.addLine(product(1, "1000.00", "13"), new BigDecimal("2"));
        Invoice invoice = issuedInvoice(order, "INV202611-0001");
        invoice.paid(new BigDecimal("500.00"));
        // due 2026-12-20 (30 days after 2026-11-20); planned on 2027-01-05
        DunningPlan plan = DunningPlan.forInvoice(invoice, DunningSchedule.DEFAULT, LocalDate.of(2027, 1, 5), null);

        assertThat(plan.getAmountDue()).isEqualByComparingTo("1760.00");
        assertThat(plan.getLines()).extracting(DunningStep::getLineNo).containsExactly(1, 2, 3, 4);
        assertThat(plan.getNextStepDate()).isEqualTo(LocalDate.of(2027, 1, 5));

        plan.getLines().get(0).setDoneOn(LocalDate.of(2027, 1, 5));
        plan.getLines().get(1).setDoneOn(LocalDate.of(2027, 1, 5));
        plan.recalculate();
        assertThat(plan.getNextStepDate()).as("the letter, 30 days past due").isEqualTo(LocalDate.of(2027, 1, 19));

        plan.addLine();
        assertThat(plan.getLines()).hasSize(5);
        assertThat(plan.getLines().get(4).getPlannedDate()).as("a week after the last step").isEqualTo(LocalDate.of(2027, 2, 25));
        plan.removeLine(4);

        plan.collected(LocalDate.of(2027, 1, 10));
        assertThat(plan.getStatus()).isEqualTo(DunningPlan.COLLECTED);
        assertThat(plan.isLinesEditable()).isFalse();
        assertThat(plan.getClosedOn()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThatThrownBy(() -> plan.cancel(LocalDate.of(2027, 1, 11), "重复")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void SAL09_refusesAPlanForNothingOpenStepsWithoutWhoOrWhenAndStepsDoneTomorrow() {
        SalesOrder order = order();
        order.addLine(product(1, "100.00", "13"), BigDecimal.ONE);
        Invoice paid = issuedInvoice(order, "INV202611-0002");
        paid.paid(new BigDecimal("113.00"));
        assertThatThrownBy(() -> DunningPlan.forInvoice(paid, DunningSchedule.DEFAULT, DAY, null))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("dunning.nothingOpen"));

        SalesOrder other = order();
        other.addLine(product(2, "100.00", "13"), BigDecimal.ONE);
        DunningPlan plan = DunningPlan.forInvoice(issuedInvoice(other, "INV202611-0003"), DunningSchedule.DEFAULT, DAY, null);
        assertThatThrownBy(() -> plan.checkSteps(DAY))
                .as("no collector").isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("dunning.stepIncomplete"));

        plan.getLines().forEach(step -> step.setAssignee(new com.tianzong.crm.platform.identity.UserAccount("li", "李收款", null, Set.of())));
        plan.checkSteps(DAY);
        plan.getLines().get(0).setDoneOn(DAY.plusDays(1));
        assertThatThrownBy(() -> plan.checkSteps(DAY))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("dunning.doneInFuture"));
        plan.getLines().clear();
        assertThatThrownBy(() -> plan.checkSteps(DAY))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("dunning.noSteps"));
    }
}
