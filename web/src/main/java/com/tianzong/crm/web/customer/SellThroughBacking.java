package com.tianzong.crm.web.customer;

import com.tianzong.crm.customer.application.CustomerService;
import com.tianzong.crm.customer.application.StockReportService;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * A customer's stock and sell-through trend (客户进销存, CUS-08): per product, the last twelve
 * months' sales, the change against the month before and the months of stock on hand.
 */
@Named("sellThrough")
@ViewScoped
public class SellThroughBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient StockReportService reports;

    @EJB
    transient CustomerService customers;

    private String id;
    private Customer customer;
    private List<StockReportService.ProductTrend> trends = List.of();

    public void load() {
        if (!reports.allowedActions().contains(PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        customer = parseId(id).flatMap(customers::find).orElse(null);
        if (customer == null) {
            markNotFound();
            return;
        }
        trends = reports.trend(customer.getId());
    }

    public boolean canReport() {
        return reports.allowedActions().contains(PermissionAction.CREATE);
    }

    public Customer getCustomer() {
        return customer;
    }

    public List<StockReportService.ProductTrend> getTrends() {
        return trends;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
