package com.tianzong.crm.sales.application;

import com.tianzong.crm.customer.application.CustomerRecordService;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.numbering.DocumentNumbers;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.CommandOutcome;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.Invoice;
import com.tianzong.crm.sales.domain.InvoiceStatus;
import com.tianzong.crm.sales.domain.Receipt;
import com.tianzong.crm.sales.domain.ReceiptAllocation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;

/**
 * Receipts (SAL-07): recorded as drafts, posted to apply them to invoices, as their lines say or
 * oldest due first; what is left is an advance, applied later to new invoices on request. Posting
 * holds the customer's lock, the one credit checks take, and locks the invoices it pays, so two
 * receipts never pay the same open amount twice.
 */
@Stateless
@TenantAware
public class ReceiptService extends CustomerRecordService<Receipt> {

    public static final String POST = "post";
    public static final String APPLY_ADVANCE = "applyAdvance";

    @Inject
    ReceiptRecordType type;

    @EJB
    DocumentNumbers numbers;

    @EJB
    CompanyProfiles companyProfiles;

    @EJB
    CustomerCredit credit;

    @Override
    protected RecordType<Receipt> type() {
        return type;
    }

    @Override
    public Receipt newRecord() {
        Receipt receipt = new Receipt();
        receipt.setReceiptDate(companyProfiles.today());
        receipt.setMethod("TRANSFER");
        return receipt;
    }

    @Override
    protected void checkRules(Receipt receipt) {
        if (receipt.getCustomer() == null) {
            return;
        }
        customerOf(receipt);
        requireNotAfterToday(receipt.getReceiptDate(), "receiptDate");
        if (receipt.getAmount() != null && receipt.getAmount().signum() <= 0) {
            throw new BusinessRuleException("receipt.amountInvalid", "amount");
        }
        if (receipt.isNew()) {
            receipt.assignNumber(numbers.next(type.name(), "RC"));
        }
    }

    @Override
    protected void checkDeletable(Receipt receipt) {
        if (receipt.isPosted()) {
            throw new BusinessRuleException("document.notDeletable", null, receipt.getNumber());
        }
    }

    @Override
    protected boolean commandAvailable(Receipt receipt, String command) {
        return switch (command) {
            case POST -> !receipt.isPosted();
            case APPLY_ADVANCE -> receipt.isPosted() && receipt.unapplied().signum() > 0;
            default -> false;
        };
    }

    @EJB
    DunningPlanService dunning;

    @Override
    protected CommandOutcome carryOut(Receipt receipt, RecordCommand command, String reason) {
        customerOf(receipt);
        credit.lock(receipt.getCustomer().getId());
        BigDecimal before = receipt.getAppliedAmount();
        switch (command.name()) {
            case POST -> {
                receipt.getLines().stream().map(ReceiptAllocation::getInvoice).filter(java.util.Objects::nonNull)
                        .forEach(invoice -> em.lock(invoice, LockModeType.PESSIMISTIC_WRITE));
                receipt.post(openInvoices(receipt));
            }
            case APPLY_ADVANCE -> receipt.applyOldestFirst(openInvoices(receipt));
            default -> throw new IllegalArgumentException(command.name());
        }
        BigDecimal applied = receipt.getAppliedAmount().subtract(before);
        dunning.invoicesSettled(receipt.getLines().stream().map(ReceiptAllocation::getInvoice)
                .filter(java.util.Objects::nonNull).distinct().toList());
        CommandOutcome outcome = CommandOutcome.show(type.name(), receipt.getId())
                .with(CommandOutcome.Notice.of("receipt.applied", applied.toPlainString(), receipt.unapplied().toPlainString()));
        return outcome;
    }

    private List<Invoice> openInvoices(Receipt receipt) {
        return credit.openInvoicesOldestFirst(receipt.getCustomer());
    }
}
