package com.tianzong.crm.sales.domain;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.platform.persistence.Scaled;
import com.tianzong.crm.platform.records.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cash sale at the till (现款销售 / 收银, SAL-08): products scanned by barcode or picked, paid
 * at once in cash, by card or by transfer. Nothing is owed afterwards, so it is not in the
 * receivables; the goods leave stock when it is paid. While the cashier works it is a cart that
 * is never saved; paying it numbers and saves it in one step, and it is never changed again.
 */
@Entity
@Table(name = "cash_sale")
public class CashSale extends SalesDocument<CashSaleLine> {

    private static final long serialVersionUID = 1L;

    public static final String OPEN = "OPEN";
    public static final String PAID = "PAID";
    public static final String CASH = "CASH";

    @Size(max = 40)
    @Column(name = "payment_method")
    private String paymentMethod = CASH;

    @Column(name = "tendered", precision = 18, scale = 2)
    private BigDecimal tendered;

    @Column(name = "change_given", precision = 18, scale = 2)
    private BigDecimal changeGiven;

    @Column(name = "paid_at")
    private OffsetDateTime paidAt;

    @OneToMany(mappedBy = "cashSale", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo ASC")
    private List<CashSaleLine> lines = new ArrayList<>();

    public CashSale() {
        super(OPEN);
    }

    @Override
    public List<CashSaleLine> getLines() {
        return lines;
    }

    @Override
    protected CashSaleLine createLine() {
        return new CashSaleLine(this);
    }

    @Override
    protected boolean isDraft() {
        return OPEN.equals(getStatus());
    }

    /**
     * A scanned product: one more of it on its line, or a new line of one at its list price.
     * Returns the line.
     */
    public CashSaleLine scanned(Product product) {
        if (!isDraft()) {
            throw new IllegalStateException("a paid sale takes no more products");
        }
        for (CashSaleLine line : lines) {
            if (line.getProduct() != null && line.getProduct().getId().equals(product.getId())) {
                line.setQuantity(line.getQuantity().add(BigDecimal.ONE));
                recalculate();
                return line;
            }
        }
        CashSaleLine line = addLine(product, BigDecimal.ONE);
        recalculate();
        return line;
    }

    /**
     * A new cart with the same customer, owner, lines, payment method and amount handed over: what is
     * paid, so that the cashier's cart stays as it was if the payment is refused.
     */
    public CashSale copyForPayment() {
        CashSale copy = new CashSale();
        copy.setCustomer(getCustomer());
        copy.assignTo(getOwner(), getDepartment());
        copy.setDocumentDate(getDocumentDate());
        copy.setPricesIncludeTax(isPricesIncludeTax());
        copy.setNote(getNote());
        copy.paymentMethod = paymentMethod;
        copy.tendered = tendered;
        for (CashSaleLine line : lines) {
            CashSaleLine copied = copy.createLine();
            copied.setLineNo(copy.lines.size() + 1);
            copied.copyFrom(line);
            copy.lines.add(copied);
        }
        copy.recalculate();
        return copy;
    }

    /** The quantities per product the cart would take off stock. */
    public Map<Long, BigDecimal> quantitiesByProduct() {
        Map<Long, BigDecimal> quantities = new TreeMap<>();
        for (CashSaleLine line : lines) {
            if (line.getProduct() != null && line.getQuantity() != null) {
                quantities.merge(line.getProduct().getId(), line.getQuantity(), BigDecimal::add);
            }
        }
        return quantities;
    }

    /** What the customer hands over less the total: the change to give back; null while nothing was handed over. */
    public BigDecimal changeDue() {
        return tendered == null ? null : tendered.subtract(getGrossTotal());
    }

    /**
     * Takes the payment: complete lines; cash at least the total (the change is given back), any
     * other method exactly the total. Returns the quantities leaving stock per product.
     */
    public Map<Long, BigDecimal> pay(OffsetDateTime at) {
        if (!isDraft()) {
            throw new IllegalStateException("a " + getStatus() + " sale is not paid again");
        }
        checkLines();
        recalculate();
        if (paymentMethod == null || paymentMethod.isBlank()) {
            throw new BusinessRuleException("pos.methodMissing", "paymentMethod");
        }
        if (tendered != null && (tendered.signum() < 0 || tendered.stripTrailingZeros().scale() > SalesLine.MONEY_SCALE)) {
            throw new BusinessRuleException("pos.tenderedInvalid", "tendered");
        }
        if (CASH.equals(paymentMethod)) {
            if (tendered == null || tendered.compareTo(getGrossTotal()) < 0) {
                throw new BusinessRuleException("pos.tenderedTooLittle", "tendered", getGrossTotal().toPlainString());
            }
        } else {
            tendered = getGrossTotal();
        }
        changeGiven = tendered.subtract(getGrossTotal());
        paidAt = at;
        setStatus(PAID);
        return quantitiesByProduct();
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public BigDecimal getTendered() {
        return tendered;
    }

    public void setTendered(BigDecimal tendered) {
        this.tendered = tendered == null ? null : Scaled.exactly(tendered, SalesLine.MONEY_SCALE);
    }

    public BigDecimal getChangeGiven() {
        return changeGiven;
    }

    public OffsetDateTime getPaidAt() {
        return paidAt;
    }
}
