package com.tianzong.crm.sales.application;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.Permissions;
import com.tianzong.crm.platform.tenancy.CurrentTenant;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.CashSale;
import com.tianzong.crm.sales.domain.CashSaleLine;
import com.tianzong.crm.sales.domain.StockCheck;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Cash sales at the till (SAL-08). The cashier's cart is an unsaved {@link CashSale}: a scanned
 * barcode (or product code) adds a line or one more of it; paying checks that the goods are on
 * hand under the products' row locks, takes them off stock, numbers the sale and saves it, all
 * in one transaction. A sale belongs to the cashier who rang it up; its customer is the company's
 * walk-in customer (零售客户, made the first time the till is used) unless the cashier picks one
 * they may see.
 */
@Stateless
@TenantAware
public class CashSaleService extends SalesDocumentService<CashSale> {

    /** The code of the walk-in customer. */
    public static final String WALK_IN = "RETAIL";

    @Inject
    CashSaleRecordType type;

    @EJB
    StockLedger stock;

    @EJB
    Permissions permissions;

    @EJB
    com.tianzong.crm.customer.application.CustomerService customerFiles;

    @EJB
    com.tianzong.crm.customer.application.WarrantyService warranties;

    @Inject
    CurrentTenant currentTenant;

    @Override
    protected RecordType<CashSale> type() {
        return type;
    }

    @Override
    protected String numberPrefix() {
        return "POS";
    }

    /** The cashier who rings a sale up owns it, whoever its customer is. */
    @Override
    protected boolean ownedByCreatorByDefault() {
        return true;
    }

    /** An empty cart for the walk-in customer, dated today. */
    @Override
    public CashSale newRecord() {
        CashSale cart = dated(new CashSale());
        cart.setCustomer(walkInCustomer());
        return cart;
    }

    /** Adds the product with this barcode (or, failing that, this code) to the cart; refused for an unknown or inactive one. */
    public CashSale scan(CashSale cart, String scanned) {
        permissions.check(type.name(), PermissionAction.CREATE, null);
        String code = scanned == null ? "" : scanned.strip();
        Product product = byColumn("barcode", code).or(() -> byColumn("code", code))
                .orElseThrow(() -> new BusinessRuleException("pos.unknownBarcode", "barcode", code));
        cart.scanned(product);
        return cart;
    }

    /**
     * Takes the payment and saves the sale (a copy of the cart, which stays as it was): refused,
     * with nothing changed, when a product is not on hand in the quantity sold or the payment
     * does not cover the total.
     */
    public CashSale checkout(CashSale cart) {
        permissions.check(type.name(), PermissionAction.CREATE, null);
        CashSale sale = cart.copyForPayment();
        sale.checkLines();
        Map<Long, BigDecimal> leaving = sale.quantitiesByProduct();
        Map<Long, StockCheck.Stock> onHand = stock.lock(leaving.keySet());
        leaving.forEach((productId, quantity) -> {
            BigDecimal have = onHand.get(productId).onHand();
            if (have.compareTo(quantity) < 0) {
                Product product = em.find(Product.class, productId);
                throw new BusinessRuleException("pos.notOnHand", "lines", product.getName(), have.stripTrailingZeros().toPlainString());
            }
        });
        sale.pay(OffsetDateTime.now());
        leaving.forEach((productId, quantity) -> stock.issue(productId, quantity, BigDecimal.ZERO));
        CashSale saved = save(sale);
        startWarranties(saved);
        return saved;
    }

    /**
     * A named customer's warranty for each line of a product with a warranty period, from the day
     * of the sale, with the customer's rep (CUS-06); the walk-in customer has none — the cashier
     * names the customer to give one.
     */
    private void startWarranties(CashSale sale) {
        Customer customer = sale.getCustomer();
        if (WALK_IN.equals(customer.getCode())) {
            return;
        }
        for (CashSaleLine line : sale.getLines()) {
            if (line.getProduct().getWarrantyMonths() > 0) {
                warranties.startFor(customer, customer.getOwner(), customer.getDepartment(), line.getProduct(), sale.getDocumentDate(),
                        sale.getNumber() + " · " + line.getQuantity().stripTrailingZeros().toPlainString(), "cashSale " + sale.getNumber());
            }
        }
    }

    /** Only a paid cart is saved (by {@link #checkout}); the customer is the walk-in one or one the cashier may see. */
    @Override
    protected void checkRules(CashSale sale) {
        if (sale.isLinesEditable()) {
            throw new BusinessRuleException("cashSale.onlyAtTheTill", null);
        }
        if (sale.isNew()) {
            Customer customer = sale.getCustomer();
            if (customer == null || !WALK_IN.equals(customer.getCode()) && customerFiles.find(customer.getId()).isEmpty()) {
                throw new BusinessRuleException("record.referenceNotVisible", "customer");
            }
            sale.assignNumber(numbers.next(type.name(), numberPrefix()));
        }
    }

    /** The company's walk-in customer, made the first time it is needed (at most once, whoever asks at the same moment). */
    private Customer walkInCustomer() {
        String schema = currentTenant.require().schemaName();
        em.createNativeQuery("insert into " + schema + ".customer (code, name, customer_type, credit_limit)"
                        + " values (?1, ?2, 'END_USER', 0) on conflict (code) do nothing")
                .setParameter(1, WALK_IN)
                .setParameter(2, "零售客户")
                .executeUpdate();
        return em.createQuery("select c from Customer c where c.code = :code", Customer.class)
                .setParameter("code", WALK_IN)
                .getSingleResult();
    }

    private java.util.Optional<Product> byColumn(String attribute, String value) {
        if (value.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Product> found = em.createQuery("select p from Product p where p." + attribute + " = :value and p.active = true", Product.class)
                .setParameter("value", value)
                .setMaxResults(1)
                .getResultList();
        return found.stream().findFirst();
    }

    /** A paid cash sale is a sale. */
    @Override
    protected java.util.List<jakarta.persistence.criteria.Predicate> sold(jakarta.persistence.criteria.CriteriaBuilder cb,
                                                                           jakarta.persistence.criteria.Root<CashSale> sale) {
        return java.util.List.of(cb.equal(sale.get("status"), CashSale.PAID));
    }
}
