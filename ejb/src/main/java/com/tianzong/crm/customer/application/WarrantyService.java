package com.tianzong.crm.customer.application;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.Warranty;
import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.salesforce.domain.Department;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Warranty records (CUS-06): on a customer the user can see; the months default to the product's
 * warranty, and the expiry follows from the start and the months.
 */
@Stateless
@TenantAware
public class WarrantyService extends CustomerRecordService<Warranty> {

    @Inject
    WarrantyRecordType type;

    @Override
    protected RecordType<Warranty> type() {
        return type;
    }

    @Override
    public Warranty newRecord() {
        return new Warranty();
    }

    @Override
    protected void checkRules(Warranty warranty) {
        if (warranty.getCustomer() == null || warranty.getProduct() == null) {
            return;
        }
        customerOf(warranty);
        Product product = em.find(Product.class, warranty.getProduct().getId());
        warranty.computeExpiry(product == null ? 0 : product.getWarrantyMonths());
        if (warranty.getMonths() == null) {
            throw new BusinessRuleException("warranty.monthsRequired", "months");
        }
    }

    /**
     * A warranty for the product sold to the customer, from {@code start} for the product's
     * warranty period, lying with the given rep and department: started by the shipment or the
     * cash sale ({@code cause}, e.g. its number) that delivered the goods, as part of that work.
     */
    public Warranty startFor(Customer customer, UserAccount owner, Department department, Product product, LocalDate start,
                             String note, String cause) {
        Warranty warranty = new Warranty();
        warranty.setCustomer(customer);
        warranty.assignTo(owner, department);
        warranty.setProduct(product);
        warranty.setStartDate(start);
        warranty.computeExpiry(product.getWarrantyMonths());
        warranty.setNote(note);
        return createAsConsequence(warranty, cause);
    }
}
