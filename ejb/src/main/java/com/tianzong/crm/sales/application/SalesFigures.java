package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.CashSale;
import com.tianzong.crm.sales.domain.InvoiceStatus;
import com.tianzong.crm.sales.domain.Receipt;
import com.tianzong.crm.sales.domain.ReturnResolution;
import com.tianzong.crm.sales.domain.ReturnStatus;
import com.tianzong.crm.salesforce.domain.SalesRep;
import com.tianzong.crm.salesforce.domain.assessment.MetricDefinition;
import com.tianzong.crm.salesforce.domain.assessment.MetricSource;
import com.tianzong.crm.salesforce.domain.commission.CommissionBaseSource;
import com.tianzong.crm.salesforce.domain.commission.CommissionRule;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The sales module's figures of a rep over a period by document date, from the documents that
 * belong to the rep: the commission bases (ORG-08) and the metrics indicator formulas name
 * (BAS-04: {@code SALES_ACTUAL}, {@code GROSS_PROFIT}, {@code CASH_COLLECTED}, {@code INVOICED},
 * {@code RECEIPTS}, {@code SALES_PLANNED}, e.g. a collection rate {@code RECEIPTS / INVOICED * 100}):
 * <ul>
 *   <li>sales amount: the amounts without VAT of issued invoices and paid cash sales, less those
 *       of returns refunded by a credit note (a replacement is not a lost sale);</li>
 *   <li>gross profit: the same lines less their quantity at the product's cost;</li>
 *   <li>cash collected: posted receipts and paid cash sales, with VAT (no product split).</li>
 * </ul>
 * A rule for a product category counts only that category's lines.
 */
@Stateless
@Local({CommissionBaseSource.class, MetricSource.class})
@TenantAware
public class SalesFigures implements CommissionBaseSource, MetricSource {

    /** Sales without VAT: invoices and cash sales less refunded returns. */
    public static final String SALES_ACTUAL = "SALES_ACTUAL";
    /** The same lines less their quantity at the product's cost. */
    public static final String GROSS_PROFIT = "GROSS_PROFIT";
    /** Posted receipts and paid cash sales, with VAT. */
    public static final String CASH_COLLECTED = "CASH_COLLECTED";
    /** Issued invoices with VAT: what the customers were asked to pay. */
    public static final String INVOICED = "INVOICED";
    /** Posted receipts with VAT: what the customers paid on invoices (cash sales not counted). */
    public static final String RECEIPTS = "RECEIPTS";
    /** The rep's sales plan (SAL-02) for the months of the period. */
    public static final String SALES_PLANNED = "SALES_PLANNED";

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Override
    public List<MetricDefinition> definitions() {
        return List.of(new MetricDefinition(SALES_ACTUAL), new MetricDefinition(GROSS_PROFIT),
                new MetricDefinition(CASH_COLLECTED), new MetricDefinition(INVOICED), new MetricDefinition(RECEIPTS),
                new MetricDefinition(SALES_PLANNED));
    }

    @Override
    public BigDecimal value(String code, SalesRep rep, LocalDate from, LocalDate to) {
        return switch (code) {
            case SALES_ACTUAL -> base(CommissionRule.Basis.SALES_AMOUNT, rep, null, from, to);
            case GROSS_PROFIT -> base(CommissionRule.Basis.GROSS_PROFIT, rep, null, from, to);
            case CASH_COLLECTED -> base(CommissionRule.Basis.COLLECTION, rep, null, from, to);
            case INVOICED -> sum(em.createQuery("select coalesce(sum(d.grossTotal), 0) from Invoice d where d.owner = :owner"
                    + " and d.status <> '" + InvoiceStatus.DRAFT.name() + "' and d.documentDate between :from and :to", BigDecimal.class),
                    rep, from, to).setScale(CommissionRule.AMOUNT_SCALE, java.math.RoundingMode.HALF_UP);
            case RECEIPTS -> sum(em.createQuery("select coalesce(sum(r.amount), 0) from Receipt r where r.owner = :owner"
                    + " and r.status = '" + Receipt.POSTED + "' and r.receiptDate between :from and :to", BigDecimal.class), rep, from, to)
                    .setScale(CommissionRule.AMOUNT_SCALE, java.math.RoundingMode.HALF_UP);
            case SALES_PLANNED -> planned(rep, from, to);
            default -> throw new IllegalArgumentException("not a sales metric: " + code);
        };
    }

    @Override
    public BigDecimal base(CommissionRule.Basis basis, SalesRep rep, String productCategory, LocalDate from, LocalDate to) {
        BigDecimal base = switch (basis) {
            case SALES_AMOUNT -> lines("l.netAmount", rep, productCategory, from, to);
            case GROSS_PROFIT -> lines("l.netAmount - l.quantity * coalesce(l.product.cost, 0)", rep, productCategory, from, to);
            case COLLECTION -> sum(em.createQuery("select coalesce(sum(r.amount), 0) from Receipt r where r.owner = :owner"
                            + " and r.status = '" + Receipt.POSTED + "' and r.receiptDate between :from and :to", BigDecimal.class), rep, from, to)
                    .add(sum(em.createQuery("select coalesce(sum(s.grossTotal), 0) from CashSale s where s.owner = :owner"
                            + " and s.status = '" + CashSale.PAID + "' and s.documentDate between :from and :to", BigDecimal.class), rep, from, to));
        };
        return base.setScale(CommissionRule.AMOUNT_SCALE, java.math.RoundingMode.HALF_UP);
    }

    /** {@code value} summed over invoice and cash-sale lines, less refunded return lines. */
    private BigDecimal lines(String value, SalesRep rep, String category, LocalDate from, LocalDate to) {
        String inCategory = category == null ? "" : " and l.product.category.code = :category";
        BigDecimal invoiced = sum(query("select coalesce(sum(" + value + "), 0) from InvoiceLine l join l.invoice d where d.owner = :owner"
                + " and d.status <> '" + InvoiceStatus.DRAFT.name() + "' and d.documentDate between :from and :to" + inCategory, category), rep, from, to);
        BigDecimal sold = sum(query("select coalesce(sum(" + value + "), 0) from CashSaleLine l join l.cashSale d where d.owner = :owner"
                + " and d.status = '" + CashSale.PAID + "' and d.documentDate between :from and :to" + inCategory, category), rep, from, to);
        BigDecimal returned = sum(query("select coalesce(sum(" + value + "), 0) from SalesReturnLine l join l.salesReturn d where d.owner = :owner"
                + " and d.status = '" + ReturnStatus.POSTED.name() + "' and d.resolution = '" + ReturnResolution.REFUND.name() + "'"
                + " and d.documentDate between :from and :to" + inCategory, category), rep, from, to);
        return invoiced.add(sold).subtract(returned);
    }

    /** What the rep's plans (SAL-02) plan for the months from the month of {@code from} to that of {@code to}. */
    private BigDecimal planned(SalesRep rep, LocalDate from, LocalDate to) {
        BigDecimal planned = em.createQuery("select coalesce(sum(l.planned), 0) from SalesPlanLine l join l.plan p where p.rep = :rep"
                        + " and p.planYear * 100 + l.month between :from and :to", BigDecimal.class)
                .setParameter("rep", rep)
                .setParameter("from", from.getYear() * 100 + from.getMonthValue())
                .setParameter("to", to.getYear() * 100 + to.getMonthValue())
                .getSingleResult();
        return (planned == null ? BigDecimal.ZERO : planned).setScale(CommissionRule.AMOUNT_SCALE, java.math.RoundingMode.HALF_UP);
    }

    private TypedQuery<BigDecimal> query(String jpql, String category) {
        TypedQuery<BigDecimal> query = em.createQuery(jpql, BigDecimal.class);
        if (category != null) {
            query.setParameter("category", category);
        }
        return query;
    }

    private static BigDecimal sum(TypedQuery<BigDecimal> query, SalesRep rep, LocalDate from, LocalDate to) {
        BigDecimal value = query.setParameter("owner", rep.getOwner()).setParameter("from", from).setParameter("to", to).getSingleResult();
        return value == null ? BigDecimal.ZERO : value;
    }
}
