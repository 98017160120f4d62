package com.tianzong.crm.web.sales;

import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.application.CashSaleRecordType;
import com.tianzong.crm.sales.application.CashSaleService;
import com.tianzong.crm.sales.domain.CashSale;
import com.tianzong.crm.sales.domain.CashSaleLine;
import com.tianzong.crm.web.records.RecordMessages;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/**
 * The till (收银台, SAL-08): a keyboard-wedge scanner types a barcode and Enter into the scan
 * field, which adds the product (or one more of it) at once; quantities and prices can be
 * changed on the lines; the cashier takes the payment, sees the change due and prints the
 * receipt, then rings up the next customer.
 */
@Named("pos")
@ViewScoped
public class PosBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CashSaleService sales;

    @Inject
    transient CashSaleRecordType type;

    @Inject
    transient RecordMessages messages;

    @EJB
    transient com.tianzong.crm.platform.records.ReferenceOptions references;

    private static final int CUSTOMER_SUGGESTIONS = 20;

    private CashSale cart;
    private CashSale paid;
    private String barcode;
    private int lastLine = -1;

    public void load() {
        if (!sales.allowedActions().contains(PermissionAction.CREATE)) {
            markForbidden();
            return;
        }
        if (cart == null) {
            cart = sales.newRecord();
        }
    }

    /** The scanner's Enter: the product with that barcode onto the cart, the scan field empty for the next. */
    public void scan() {
        try {
            cart = sales.scan(cart, barcode);
            String scanned = barcode == null ? "" : barcode.strip();
            lastLine = indexOf(scanned);
        } catch (RuntimeException e) {
            messages.show(e, type);
        }
        barcode = null;
    }

    private int indexOf(String scanned) {
        List<CashSaleLine> lines = cart.getLines();
        for (int i = 0; i < lines.size(); i++) {
            var product = lines.get(i).getProduct();
            if (scanned.equals(product.getBarcode()) || scanned.equals(product.getCode())) {
                return i;
            }
        }
        return -1;
    }

    /** A quantity or price changed: the amounts and the change due again. */
    public void recalculate() {
        cart.recalculate();
    }

    public void removeLine(int index) {
        cart.removeLine(index);
        cart.recalculate();
        lastLine = -1;
    }

    /** Takes the payment; the receipt is shown and the till waits for the next customer. */
    public void checkout() {
        try {
            paid = sales.checkout(cart);
        } catch (RuntimeException e) {
            messages.show(e, type);
        }
    }

    /** The next customer: an empty cart. */
    public void next() {
        cart = sales.newRecord();
        paid = null;
        lastLine = -1;
    }

    /** The customers the cashier may see whose code or name has what was typed (a named customer gets the warranties). */
    public List<? extends com.tianzong.crm.platform.persistence.TenantRecord> completeCustomer(String query) {
        return references.search(CashSale.class, field("customer"), query, CUSTOMER_SUGGESTIONS);
    }

    /** Back to the walk-in customer. */
    public void walkIn() {
        cart.setCustomer(sales.newRecord().getCustomer());
    }

    public boolean isWalkInCustomer() {
        return cart.getCustomer() == null || CashSaleService.WALK_IN.equals(cart.getCustomer().getCode());
    }

    /** The entity class the customer picker looks customers up by. */
    public Class<?> getSaleClass() {
        return CashSale.class;
    }

    /** A field of cash sales, to show a value as the generic pages do. */
    public RecordField field(String name) {
        return type.fields().stream().filter(field -> field.getName().equals(name)).findFirst().orElseThrow();
    }

    public boolean isCash() {
        return CashSale.CASH.equals(cart.getPaymentMethod());
    }

    public BigDecimal getChangeDue() {
        BigDecimal change = cart.changeDue();
        return change == null || change.signum() < 0 ? null : change;
    }

    public CashSale getCart() {
        return cart;
    }

    public CashSale getPaid() {
        return paid;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public int getLastLine() {
        return lastLine;
    }

}
