package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.CommandOutcome;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.DunningPlan;
import com.tianzong.crm.sales.domain.Invoice;
import com.tianzong.crm.sales.domain.InvoiceStatus;
import com.tianzong.crm.sales.domain.PaymentTerms;
import com.tianzong.crm.sales.domain.SalesReturn;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Invoices (SAL-05): drafted from an order's shipped quantities (never by hand), checked and
 * issued by finance. Issuing takes the next number of the company's invoice sequence in the same
 * transaction, so issued invoices are numbered without gaps, and sets the due date from the
 * payment terms; the order's lines count the quantities as invoiced.
 */
@Stateless
@TenantAware
public class InvoiceService extends SalesDocumentService<Invoice> {

    public static final String ISSUE = "issue";
    public static final String RETURN = "return";
    public static final String DUNNING = "dunning";

    @Inject
    InvoiceRecordType type;

    @EJB
    SalesReturnService returns;

    @EJB
    DunningPlanService dunning;

    @Override
    protected RecordType<Invoice> type() {
        return type;
    }

    @Override
    protected String numberPrefix() {
        return "INV";
    }

    @Override
    protected boolean numberedWhenSaved() {
        return false;
    }

    /** Not saved: an invoice is drafted from an order. */
    @Override
    public Invoice newRecord() {
        return dated(new Invoice());
    }

    @Override
    protected void checkRules(Invoice invoice) {
        if (invoice.isNew()) {
            throw new BusinessRuleException("invoice.onlyFromOrders", null);
        }
        super.checkRules(invoice);
    }

    @Override
    protected boolean commandAvailable(Invoice invoice, String command) {
        return switch (command) {
            case ISSUE -> invoice.invoiceStatus() == InvoiceStatus.DRAFT;
            case RETURN -> invoice.invoiceStatus() != InvoiceStatus.DRAFT
                    && invoice.getLines().stream().anyMatch(line -> line.returnable().signum() > 0);
            case DUNNING -> invoice.invoiceStatus() == InvoiceStatus.ISSUED && invoice.open().signum() > 0;
            default -> false;
        };
    }

    @Override
    protected CommandOutcome carryOut(Invoice invoice, RecordCommand command, String reason) {
        if (RETURN.equals(command.name())) {
            SalesReturn salesReturn = returns.createFrom(invoice);
            return CommandOutcome.show("salesReturn", salesReturn.getId())
                    .with(CommandOutcome.Notice.of("invoice.returnDrafted", salesReturn.getNumber()));
        }
        if (DUNNING.equals(command.name())) {
            DunningPlan plan = dunning.startFor(invoice);
            return CommandOutcome.show("dunningPlan", plan.getId())
                    .with(CommandOutcome.Notice.of("dunning.started", invoice.getNumber(), Integer.toString(plan.getLines().size())));
        }
        if (!ISSUE.equals(command.name())) {
            throw new IllegalArgumentException(command.name());
        }
        customerOf(invoice);
        invoice.issue(numbers.next(type.name(), numberPrefix()), OffsetDateTime.now(), PaymentTerms.days(invoice.getPaymentTerms()));
        return CommandOutcome.show(type.name(), invoice.getId())
                .with(CommandOutcome.Notice.of("invoice.issued", invoice.getNumber(), invoice.getDueDate().toString()));
    }

    /** What is still open on each issued invoice the user may see, with its customer and due date. */
    public List<OpenAmount> openAmounts() {
        return visibleValues(
                (cb, invoice) -> List.of(cb.equal(invoice.get("status"), InvoiceStatus.ISSUED.name())),
                (cb, invoice) -> List.of(invoice.get("customer").get("id"), invoice.get("customer").get("code"),
                        invoice.get("customer").get("name"), invoice.get("dueDate"),
                        cb.diff(cb.diff(invoice.<BigDecimal>get("grossTotal"), invoice.<BigDecimal>get("paidAmount")),
                                invoice.<BigDecimal>get("creditedAmount"))))
                .stream()
                .map(row -> new OpenAmount((Long) row[0], (String) row[1], (String) row[2], (LocalDate) row[3], (BigDecimal) row[4]))
                .toList();
    }

    /** The ids of the issued invoices the user may see that are past due on {@code today} and still open. */
    public List<Long> overdueIds(LocalDate today) {
        return visibleValues(
                (cb, invoice) -> List.of(cb.equal(invoice.get("status"), InvoiceStatus.ISSUED.name()),
                        cb.lessThan(invoice.<LocalDate>get("dueDate"), today)),
                (cb, invoice) -> List.of(invoice.get("id")))
                .stream().map(row -> (Long) row[0]).toList();
    }

    /** Every invoice but a draft is a sale. */
    @Override
    protected List<jakarta.persistence.criteria.Predicate> sold(jakarta.persistence.criteria.CriteriaBuilder cb,
                                                               jakarta.persistence.criteria.Root<Invoice> invoice) {
        return List.of(cb.notEqual(invoice.get("status"), InvoiceStatus.DRAFT.name()));
    }

    /** An issued invoice's open amount, its customer and its due date. */
    public record OpenAmount(long customerId, String customerCode, String customerName, LocalDate dueDate, BigDecimal open)
            implements java.io.Serializable {
    }
}
