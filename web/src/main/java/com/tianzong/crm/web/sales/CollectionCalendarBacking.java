package com.tianzong.crm.web.sales;

import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.identity.UserAccounts;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.application.DunningPlanService;
import com.tianzong.crm.sales.application.DunningPlanService.CalendarStep;
import com.tianzong.crm.web.records.RecordDisplay;
import com.tianzong.crm.web.shell.UserSession;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The collection calendar (催收日历, SAL-09): the steps of the open dunning plans the user may see,
 * day by day, each leading to its plan; steps past their day and not done are marked late and
 * also listed under the calendar. "Only mine" keeps the steps given to the user.
 */
@Named("collectionCalendar")
@ViewScoped
public class CollectionCalendarBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    /** How far back the list of late steps looks. */
    private static final int LATE_DAYS = 365;

    @EJB
    transient DunningPlanService plans;

    @EJB
    transient UserAccounts accounts;

    @EJB
    transient CompanyProfiles profiles;

    @Inject
    transient UserSession session;

    @Inject
    transient RecordDisplay records;

    private boolean mineOnly;
    private ScheduleModel model;
    private List<CalendarStep> late = List.of();

    public void load() {
        if (!plans.allowedActions().contains(PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/app/records/view.xhtml?type=dunningPlan&id=";
        model = new StepModel(base);
        refresh();
    }

    /** "Only mine" changed: the late steps again (the calendar asks for its events itself). */
    public void refresh() {
        LocalDate today = profiles.today();
        late = plans.calendar(today.minusDays(LATE_DAYS), today.minusDays(1), assignee()).stream()
                .filter(CalendarStep::late)
                .sorted(java.util.Comparator.comparing(CalendarStep::day))
                .toList();
    }

    private Long assignee() {
        return mineOnly ? session.currentUser().flatMap(user -> accounts.findByUsername(user.username()))
                .map(account -> account.getId()).orElse(-1L) : null;
    }

    /** What the step says on the calendar: action, customer, invoice, open amount, collector. */
    public String title(CalendarStep step) {
        return records.codeLabel(DunningPlanService.ACTION_LIST, step.action()) + " · " + step.customer() + " · " + step.invoice()
                + " · ¥" + records.money(step.open()) + (step.assignee() == null ? "" : " · " + step.assignee());
    }

    public String actionLabel(String action) {
        return records.codeLabel(DunningPlanService.ACTION_LIST, action);
    }

    /** The events of the days the calendar shows, read when it moves. */
    private final class StepModel extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        private final String viewUrl;

        StepModel(String viewUrl) {
            this.viewUrl = viewUrl;
        }

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (CalendarStep step : plans.calendar(start.toLocalDate(), end.toLocalDate(), assignee())) {
                addEvent(DefaultScheduleEvent.builder()
                        .title(title(step))
                        .startDate(step.day().atStartOfDay())
                        .endDate(step.day().atStartOfDay())
                        .allDay(true)
                        .url(viewUrl + step.planId())
                        .styleClass(step.isDone() ? "tz-step-done" : step.late() ? "tz-step-late" : "tz-step-due")
                        .editable(false)
                        .build());
            }
        }
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<CalendarStep> getLate() {
        return late;
    }

    public boolean isMineOnly() {
        return mineOnly;
    }

    public void setMineOnly(boolean mineOnly) {
        this.mineOnly = mineOnly;
    }
}
