package com.tianzong.crm.web.customer;

import com.tianzong.crm.customer.application.CustomerRecordType;
import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.records.RecordMessages;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Merging two customer files (客户合并, CUS-01): the user picks the duplicate to merge into the
 * file at hand, sees what moves and what is filled in, and confirms. Needs EDIT and DELETE on
 * customers, and both files within the user's data scope.
 */
@Named("customerMerge")
@ViewScoped
public class CustomerMergeBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;
    private static final int MAX_CHOICES = 2_000;

    @EJB
    transient CustomerService customers;

    @Inject
    transient CustomerRecordType type;

    @Inject
    Texts texts;

    @Inject
    RecordMessages messages;

    private String id;
    private Customer survivor;
    private Long otherId;
    private CustomerService.MergePlan plan;

    public void load() {
        if (!customers.allowedActions().containsAll(Set.of(PermissionAction.EDIT, PermissionAction.DELETE))) {
            markForbidden();
            return;
        }
        survivor = parseId(id).flatMap(customers::find).orElse(null);
        if (survivor == null) {
            markNotFound();
        }
    }

    /** The other customers the user may see, by code. */
    public List<Customer> getChoices() {
        return customers.findPage(PageRequest.firstPage(MAX_CHOICES).sortedBy("code", true)).rows().stream()
                .filter(customer -> !customer.getId().equals(survivor.getId()))
                .toList();
    }

    public void preview() {
        plan = null;
        try {
            plan = customers.planMerge(survivor.getId(), otherId);
        } catch (RuntimeException e) {
            messages.show(e, type);
        }
    }

    public void merge() throws IOException {
        if (plan == null) {
            return;
        }
        try {
            Customer merged = plan.merged();
            customers.merge(survivor.getId(), survivor.getVersion(), merged.getId(), merged.getVersion());
            texts.info("merge.done", merged.getCode() + " " + merged.getName());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/app/records/view.xhtml?type=customer&id=" + survivor.getId());
        } catch (RuntimeException e) {
            messages.show(e, type);
        }
    }

    /** The filled-in fields' labels in the user's language. */
    public String getFilledLabels() {
        if (plan == null || plan.filledFields().isEmpty()) {
            return texts.get("merge.nothingFilled");
        }
        return String.join("、", plan.filledFields().stream().map(field -> texts.get("field.customer." + field)).toList());
    }

    public Customer getSurvivor() {
        return survivor;
    }

    public CustomerService.MergePlan getPlan() {
        return plan;
    }

    public Long getOtherId() {
        return otherId;
    }

    public void setOtherId(Long otherId) {
        this.otherId = otherId;
        this.plan = null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
