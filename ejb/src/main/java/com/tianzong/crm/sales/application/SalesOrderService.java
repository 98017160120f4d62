package com.tianzong.crm.sales.application;

import com.tianzong.crm.catalog.domain.Product;
import com.tianzong.crm.platform.audit.AuditTrail;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.CommandOutcome;
import com.tianzong.crm.platform.records.CommandOutcome.Notice;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.CreditCheck;
import com.tianzong.crm.sales.domain.Invoice;
import com.tianzong.crm.sales.domain.InvoiceStatus;
import com.tianzong.crm.sales.domain.OrderStatus;
import com.tianzong.crm.sales.domain.Quote;
import com.tianzong.crm.sales.domain.SalesOrder;
import com.tianzong.crm.sales.domain.SalesOrderLine;
import com.tianzong.crm.sales.domain.Shipment;
import com.tianzong.crm.sales.domain.ShipmentStatus;
import com.tianzong.crm.sales.domain.StockCheck;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sales orders (SAL-04). Posting checks the customer's credit and the products' stock under row
 * locks (so that of two orders after the same credit or the same last units only those that fit
 * get through), reserves the goods and makes the shipment note for the warehouse. Over the
 * credit limit only a user with the approval right posts, giving a reason that is kept with the
 * order and in its history. A shortage of stock refuses the order or, where the company allows
 * back-orders, posts it with a warning. Reopening gives the reservation back and leaves a draft
 * that is checked again when it is posted again; cancelling and closing short do the same.
 */
@Stateless
@TenantAware
public class SalesOrderService extends SalesDocumentService<SalesOrder> {

    public static final String POST = "post";
    public static final String POST_OVER_CREDIT = "postOverCredit";
    public static final String REOPEN = "reopen";
    public static final String CANCEL = "cancel";
    public static final String CLOSE_SHORT = "closeShort";
    public static final String INVOICE = "invoice";

    @Inject
    SalesOrderRecordType type;

    @EJB
    CustomerCredit credit;

    @EJB
    StockLedger stock;

    @EJB
    AuditTrail audit;

    @Override
    protected RecordType<SalesOrder> type() {
        return type;
    }

    @Override
    protected String numberPrefix() {
        return "SO";
    }

    @Override
    public SalesOrder newRecord() {
        return dated(new SalesOrder());
    }

    /** A draft order made from an open quote, saved (numbered) within the caller's transaction. */
    public SalesOrder createFrom(Quote quote) {
        return save(SalesOrder.fromQuote(quote, companyProfiles.today()));
    }

    @Override
    protected boolean commandAvailable(SalesOrder order, String command) {
        OrderStatus status = order.orderStatus();
        return switch (command) {
            case POST, POST_OVER_CREDIT -> status.canPost();
            case REOPEN -> status.canReopen(order.isAnythingShipped());
            case CANCEL -> status.canCancel(order.isAnythingShipped());
            case CLOSE_SHORT -> status.canCloseShort();
            case INVOICE -> order.isInvoiceable();
            default -> false;
        };
    }

    @Override
    protected CommandOutcome carryOut(SalesOrder order, RecordCommand command, String reason) {
        return switch (command.name()) {
            case POST -> post(order, null);
            case POST_OVER_CREDIT -> post(order, reason);
            case REOPEN -> {
                stock.release(order.reopen());
                withdrawShipmentNotes(order);
                yield CommandOutcome.show(type.name(), order.getId());
            }
            case CANCEL -> {
                stock.release(order.cancel(reason));
                withdrawShipmentNotes(order);
                yield CommandOutcome.show(type.name(), order.getId());
            }
            case CLOSE_SHORT -> {
                stock.release(order.closeShort(reason));
                withdrawShipmentNotes(order);
                yield CommandOutcome.show(type.name(), order.getId());
            }
            case INVOICE -> invoice(order);
            default -> throw new IllegalArgumentException(command.name());
        };
    }

    private CommandOutcome post(SalesOrder order, String overrideReason) {
        customerOf(order);
        order.recalculate();
        order.checkLines();
        CreditCheck position = credit.lockAndCheck(order.getCustomer().getId(), order.getId());
        if (!position.allows(order.getGrossTotal()) && overrideReason == null) {
            throw new BusinessRuleException("salesOrder.creditExceeded", null, position.limit().toPlainString(),
                    position.exposure().toPlainString(), position.available().toPlainString(), order.getGrossTotal().toPlainString());
        }
        Map<Long, BigDecimal> requested = StockCheck.requested(order.getLines());
        List<StockCheck.Shortage> shortages = StockCheck.shortages(requested, stock.lock(requested.keySet()));
        if (!shortages.isEmpty() && companyProfiles.profile().isStockBlocking()) {
            throw new BusinessRuleException("salesOrder.stockShort", "lines", describe(shortages, order));
        }
        stock.reserve(order.post(OffsetDateTime.now(), overrideReason));
        Shipment note = newShipmentNote(order);
        CommandOutcome outcome = CommandOutcome.show(type.name(), order.getId())
                .with(Notice.of("salesOrder.shipmentNoteMade", note.getNumber()));
        if (!shortages.isEmpty()) {
            outcome = outcome.with(Notice.warning("salesOrder.backOrdered", describe(shortages, order)));
        }
        return outcome;
    }

    /**
     * A draft invoice of what the order shipped and has not invoiced, for finance to check and
     * issue; an order with a draft invoice waiting gets that one back instead of a second.
     */
    private CommandOutcome invoice(SalesOrder order) {
        List<Invoice> drafts = em.createQuery("select i from Invoice i where i.salesOrder = :order and i.status = :draft", Invoice.class)
                .setParameter("order", order)
                .setParameter("draft", InvoiceStatus.DRAFT.name())
                .getResultList();
        if (!drafts.isEmpty()) {
            return CommandOutcome.show("invoice", drafts.get(0).getId()).with(Notice.of("salesOrder.invoiceWaiting"));
        }
        Invoice invoice = Invoice.forShipped(order, companyProfiles.today());
        em.persist(invoice);
        em.flush();
        audit.recordChange("invoice", invoice.getId(), null, Map.of("salesOrder", order.getNumber() + " #" + order.getId(),
                "grossTotal", invoice.getGrossTotal().toPlainString()));
        return CommandOutcome.show("invoice", invoice.getId()).with(Notice.of("salesOrder.invoiceDrafted"));
    }

    /** A shipment note for what is outstanding on the order, for the warehouse; recorded in its history. */
    public Shipment newShipmentNote(SalesOrder order) {
        Shipment note = Shipment.forOutstanding(order, numbers.next("shipment", "SH"));
        em.persist(note);
        em.flush();
        audit.recordChange("shipment", note.getId(), null, Map.of("number", note.getNumber(), "salesOrder", order.getNumber() + " #" + order.getId()));
        return note;
    }

    /** Shipment notes of the order that have not left: withdrawn with what they would have shipped. */
    private void withdrawShipmentNotes(SalesOrder order) {
        List<Shipment> waiting = em.createQuery("select s from Shipment s where s.salesOrder = :order and s.status = :draft", Shipment.class)
                .setParameter("order", order)
                .setParameter("draft", ShipmentStatus.DRAFT.name())
                .getResultList();
        for (Shipment note : waiting) {
            note.cancel();
            audit.recordChange("shipment", note.getId(), Map.of("status", ShipmentStatus.DRAFT.name()), Map.of("status", note.getStatus()));
        }
    }

    /** "打印机 A3：需要 5.000，可用 2.000；…" for the user. */
    private static String describe(List<StockCheck.Shortage> shortages, SalesOrder order) {
        Map<Long, Product> products = new HashMap<>();
        for (SalesOrderLine line : order.getLines()) {
            products.put(line.getProduct().getId(), line.getProduct());
        }
        return shortages.stream()
                .map(shortage -> products.get(shortage.productId()).getName() + " (" + shortage.requested().stripTrailingZeros().toPlainString()
                        + " / " + shortage.available().stripTrailingZeros().toPlainString() + ")")
                .collect(Collectors.joining(", "));
    }
}
