package com.tianzong.crm.web.customer;

import com.tianzong.crm.customer.application.CustomerRecordType;
import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.application.InteractionService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.VisitSchedule;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Due and overdue visits (应拜访客户, CUS-03): the customers the user looks after (a rep his own, a
 * manager his departments', as the data scope says) whose next visit falls due within the chosen
 * horizon, the most overdue first, each with a link that opens a new visit record for it.
 */
@Named("visitsDue")
@ViewScoped
public class VisitsDueBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    /** What the page shows: only overdue visits, or those due within 7 or 30 days as well. */
    public enum Horizon { OVERDUE, WEEK, MONTH }

    @EJB
    transient CustomerService customers;

    @EJB
    transient InteractionService interactions;

    @EJB
    transient CompanyProfiles profiles;

    @Inject
    transient CustomerRecordType customerType;

    @Inject
    Texts texts;

    private Horizon horizon = Horizon.WEEK;
    private String owner;
    private LocalDate today;
    private LazyDataModel<Customer> model;

    public void load() {
        if (!interactions.allowedActions().contains(PermissionAction.VIEW)
                || !customers.allowedActions().contains(PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        today = profiles.today();
        model = new DueModel();
    }

    /** The last day whose visits the page shows. */
    private LocalDate until() {
        return switch (horizon) {
            case OVERDUE -> today.minusDays(1);
            case WEEK -> today.plusDays(VisitSchedule.COMING_UP_DAYS);
            case MONTH -> today.plusDays(30);
        };
    }

    private PageRequest request(int first, int size) {
        Map<String, String> filters = new HashMap<>();
        filters.put("nextVisitDue", ".." + until());
        if (owner != null && !owner.isBlank()) {
            filters.put("owner", owner);
        }
        return new PageRequest(first, Math.max(1, size), List.of(new PageRequest.Sort("nextVisitDue", true)), filters, null);
    }

    public String status(Customer customer) {
        return VisitSchedule.status(customer.getNextVisitDue(), today).name();
    }

    public long daysOverdue(Customer customer) {
        return VisitSchedule.daysOverdue(customer.getNextVisitDue(), today);
    }

    /** "逾期 3 天" in the user's language. */
    public String overdueText(Customer customer) {
        return texts.get("visitsDue.daysOverdue", daysOverdue(customer));
    }

    public RecordField getOwnerField() {
        return customerType.field("owner").orElseThrow();
    }

    public RecordField getGradeField() {
        return customerType.field("grade").orElseThrow();
    }

    public CustomerRecordType getCustomerType() {
        return customerType;
    }

    public List<Horizon> getHorizons() {
        return List.of(Horizon.values());
    }

    public LazyDataModel<Customer> getModel() {
        return model;
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public void setHorizon(Horizon horizon) {
        this.horizon = horizon == null ? Horizon.WEEK : horizon;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getToday() {
        return today == null ? "" : today.toString();
    }

    private final class DueModel extends LazyDataModel<Customer> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, customers.count(request(0, 1)));
        }

        @Override
        public List<Customer> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return customers.findPage(request(first, pageSize)).rows();
        }

        @Override
        public String getRowKey(Customer customer) {
            return String.valueOf(customer.getId());
        }

        @Override
        public Customer getRowData(String rowKey) {
            return parseId(rowKey).flatMap(customers::find).orElse(null);
        }
    }
}
