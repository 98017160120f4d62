package com.tianzong.crm.sales.application;

import com.tianzong.crm.customer.domain.Feedback;
import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.CommandOutcome;
import com.tianzong.crm.platform.records.CommandOutcome.Notice;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.CreditNote;
import com.tianzong.crm.sales.domain.Invoice;
import com.tianzong.crm.sales.domain.ReturnResolution;
import com.tianzong.crm.sales.domain.ReturnStatus;
import com.tianzong.crm.sales.domain.SalesOrder;
import com.tianzong.crm.sales.domain.SalesReturn;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales returns (SAL-06): drafted from an issued invoice ("退货" on the invoice), never by hand;
 * the quantities that came back, the reason and refund or replacement are filled in, then the
 * return is received by someone allowed to approve returns. Receiving it, in one transaction:
 * <ul>
 *   <li>counts the quantities as returned on the invoice lines (never more than invoiced less
 *       earlier returns) and puts the goods back on stock, under the products' row locks;</li>
 *   <li>for a refund, issues a credit note (红字发票) numbered without gaps for exactly the
 *       return's amounts and applies it to the invoice; for a replacement, drafts a free order of
 *       the same goods, which is posted and shipped like any order;</li>
 *   <li>files an improvement suggestion (改良建议, CUS-07) on the customer with the reason, so
 *       product and service people see why goods come back.</li>
 * </ul>
 */
@Stateless
@TenantAware
public class SalesReturnService extends SalesDocumentService<SalesReturn> {

    public static final String POST = "post";
    public static final String CANCEL = "cancel";

    @Inject
    SalesReturnRecordType type;

    @EJB
    StockLedger stock;

    @EJB
    AuditTrail audit;

    @EJB
    CustomerCredit credit;

    @EJB
    DunningPlanService dunning;

    @Override
    protected RecordType<SalesReturn> type() {
        return type;
    }

    @Override
    protected String numberPrefix() {
        return "RT";
    }

    /** Not saved: a return is drafted from an invoice. */
    @Override
    public SalesReturn newRecord() {
        return dated(new SalesReturn());
    }

    /** A draft return of what is still returnable on the invoice, saved under the user's permission to create returns. */
    public SalesReturn createFrom(Invoice invoice) {
        SalesReturn salesReturn = SalesReturn.of(invoice, companyProfiles.today());
        if (salesReturn.getLines().isEmpty()) {
            throw new BusinessRuleException("salesReturn.nothingReturnable", null, invoice.getNumber());
        }
        return save(salesReturn);
    }

    @Override
    protected void checkRules(SalesReturn salesReturn) {
        if (salesReturn.getInvoice() == null) {
            throw new BusinessRuleException("salesReturn.onlyFromInvoices", null);
        }
        requireNotAfterToday(salesReturn.getDocumentDate(), "documentDate");
        super.checkRules(salesReturn);
    }

    @Override
    protected boolean commandAvailable(SalesReturn salesReturn, String command) {
        return (POST.equals(command) || CANCEL.equals(command)) && salesReturn.returnStatus() == ReturnStatus.DRAFT;
    }

    @Override
    protected CommandOutcome carryOut(SalesReturn salesReturn, RecordCommand command, String reason) {
        switch (command.name()) {
            case CANCEL -> {
                salesReturn.cancel();
                return CommandOutcome.show(type.name(), salesReturn.getId());
            }
            case POST -> {
                return receive(salesReturn);
            }
            default -> throw new IllegalArgumentException(command.name());
        }
    }

    private CommandOutcome receive(SalesReturn salesReturn) {
        customerOf(salesReturn);
        // a credit note changes what the customer owes: one at a time with receipts and orders
        credit.lock(salesReturn.getCustomer().getId());
        LocalDate today = companyProfiles.today();
        Map<Long, BigDecimal> back = salesReturn.post(OffsetDateTime.now());
        stock.lock(back.keySet());
        stock.receive(back);
        CommandOutcome outcome = CommandOutcome.show(type.name(), salesReturn.getId())
                .with(Notice.of("salesReturn.stockBack", Integer.toString(back.size())));
        if (salesReturn.returnResolution() == ReturnResolution.REFUND) {
            CreditNote note = CreditNote.refund(salesReturn, numbers.next("creditNote", "CN"), today);
            em.persist(note);
            em.flush();
            audit.recordChange("creditNote", note.getId(), null, Map.of(
                    "number", note.getNumber(),
                    "invoice", salesReturn.getInvoice().getNumber() + " #" + salesReturn.getInvoice().getId(),
                    "salesReturn", salesReturn.getNumber() + " #" + salesReturn.getId(),
                    "grossTotal", note.getGrossTotal().toPlainString(),
                    "appliedAmount", note.getAppliedAmount().toPlainString()));
            dunning.invoicesSettled(List.of(salesReturn.getInvoice()));
            outcome = outcome.with(Notice.of("salesReturn.creditNoteIssued", note.getNumber(), note.getGrossTotal().toPlainString()));
            if (note.getUnappliedAmount().signum() > 0) {
                outcome = outcome.with(Notice.warning("salesReturn.customerCredit", note.getUnappliedAmount().toPlainString()));
            }
        } else {
            SalesOrder order = salesReturn.replacementOrder(today);
            order.assignNumber(numbers.next("salesOrder", "SO"));
            em.persist(order);
            em.flush();
            salesReturn.replacedBy(order);
            audit.recordChange("salesOrder", order.getId(), null, Map.of(
                    "number", order.getNumber(),
                    "salesReturn", salesReturn.getNumber() + " #" + salesReturn.getId(),
                    "grossTotal", order.getGrossTotal().toPlainString()));
            outcome = outcome.with(Notice.of("salesReturn.replacementDrafted", order.getNumber()));
        }
        salesReturn.suggested(fileSuggestion(salesReturn, today));
        return outcome;
    }

    /** The improvement suggestion (改良建议) a return files: what came back and why. */
    private Feedback fileSuggestion(SalesReturn salesReturn, LocalDate today) {
        Feedback suggestion = new Feedback();
        suggestion.setCustomer(salesReturn.getCustomer());
        suggestion.assignTo(salesReturn.getOwner(), salesReturn.getDepartment());
        suggestion.setKind(Feedback.SUGGESTION);
        suggestion.setReceivedDate(today);
        suggestion.setSubject(abbreviated(salesReturn.getNumber() + " · " + salesReturn.getReason(), 200));
        StringBuilder content = new StringBuilder(salesReturn.getReason());
        salesReturn.getLines().forEach(line -> content.append('\n').append(line.getProduct().getCode()).append(' ')
                .append(line.getProduct().getName()).append(" × ").append(line.getQuantity().stripTrailingZeros().toPlainString()));
        suggestion.setContent(abbreviated(content.toString(), 2000));
        em.persist(suggestion);
        em.flush();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("customer", salesReturn.getCustomer().getName() + " #" + salesReturn.getCustomer().getId());
        fields.put("kind", Feedback.SUGGESTION);
        fields.put("subject", suggestion.getSubject());
        fields.put("salesReturn", salesReturn.getNumber() + " #" + salesReturn.getId());
        audit.recordChange("feedback", suggestion.getId(), null, fields);
        return suggestion;
    }

    private static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * A received return refunded by a credit note takes a sale back (its amounts count against the
     * sales); a replacement does not.
     */
    @Override
    protected List<jakarta.persistence.criteria.Predicate> sold(jakarta.persistence.criteria.CriteriaBuilder cb,
                                                               jakarta.persistence.criteria.Root<SalesReturn> salesReturn) {
        return List.of(cb.equal(salesReturn.get("status"), ReturnStatus.POSTED.name()),
                cb.equal(salesReturn.get("resolution"), ReturnResolution.REFUND.name()));
    }
}
