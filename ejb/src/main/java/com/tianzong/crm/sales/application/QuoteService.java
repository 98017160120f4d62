package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.CommandOutcome;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.Quote;
import com.tianzong.crm.sales.domain.QuoteStatus;
import com.tianzong.crm.sales.domain.SalesOrder;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Quotes (SAL-03): valid until a day not before their own; sent, lost with a reason, or turned
 * into a draft sales order with the same customer, terms and lines in one step, while still valid.
 */
@Stateless
@TenantAware
public class QuoteService extends SalesDocumentService<Quote> {

    public static final String SEND = "send";
    public static final String TO_ORDER = "toOrder";
    public static final String LOSE = "lose";

    @Inject
    QuoteRecordType type;

    @EJB
    SalesOrderService orders;

    @Override
    protected RecordType<Quote> type() {
        return type;
    }

    @Override
    protected String numberPrefix() {
        return "QT";
    }

    @Override
    public Quote newRecord() {
        Quote quote = dated(new Quote());
        quote.setValidUntil(quote.getDocumentDate().plusDays(30));
        return quote;
    }

    @Override
    protected void checkRules(Quote quote) {
        if (quote.getValidUntil() != null && quote.getDocumentDate() != null && quote.getValidUntil().isBefore(quote.getDocumentDate())) {
            throw new BusinessRuleException("quote.validUntilBeforeDate", "validUntil");
        }
        super.checkRules(quote);
    }

    @Override
    protected boolean commandAvailable(Quote quote, String command) {
        return switch (command) {
            case SEND -> quote.quoteStatus() == QuoteStatus.DRAFT;
            case TO_ORDER, LOSE -> quote.quoteStatus().isOpen();
            default -> false;
        };
    }

    @Override
    protected CommandOutcome carryOut(Quote quote, RecordCommand command, String reason) {
        switch (command.name()) {
            case SEND -> {
                quote.checkLines();
                quote.markSent();
            }
            case LOSE -> quote.markLost(reason);
            case TO_ORDER -> {
                if (quote.isExpired(companyProfiles.today())) {
                    throw new BusinessRuleException("quote.expired", "validUntil", quote.getValidUntil().toString());
                }
                quote.checkLines();
                SalesOrder order = orders.createFrom(quote);
                quote.markOrdered(order);
                return CommandOutcome.show("salesOrder", order.getId())
                        .with(CommandOutcome.Notice.of("quote.ordered", quote.getNumber(), order.getNumber()));
            }
            default -> throw new IllegalArgumentException(command.name());
        }
        return CommandOutcome.show(type.name(), quote.getId());
    }
}
