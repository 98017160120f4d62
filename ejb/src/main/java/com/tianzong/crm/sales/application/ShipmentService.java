package com.tianzong.crm.sales.application;

import com.tianzong.crm.customer.application.CustomerRecordService;
import com.tianzong.crm.customer.application.WarrantyService;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.CommandOutcome;
import com.tianzong.crm.platform.records.CommandOutcome.Notice;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.tenancy.TenantAware;
import com.tianzong.crm.sales.domain.OrderStatus;
import com.tianzong.crm.sales.domain.SalesOrder;
import com.tianzong.crm.sales.domain.Shipment;
import com.tianzong.crm.sales.domain.ShipmentLine;
import com.tianzong.crm.sales.domain.ShipmentStatus;
import com.tianzong.crm.sales.domain.StockCheck;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shipment notes: made by posting an order, never by hand; while waiting, the warehouse may
 * lower quantities (a partial shipment) and fill in carrier and tracking number. Shipping takes
 * the goods off stock (never below what is on hand) and the order's reservation, moves the order
 * to partly shipped or shipped, makes a new note for what is left, and starts a warranty for
 * each line of a product with a warranty period (CUS-06).
 */
@Stateless
@TenantAware
public class ShipmentService extends CustomerRecordService<Shipment> {

    public static final String SHIP = "ship";

    @Inject
    ShipmentRecordType type;

    @EJB
    StockLedger stock;

    @EJB
    SalesOrderService orders;

    @EJB
    CompanyProfiles companyProfiles;


    @EJB
    WarrantyService warranties;

    @Override
    protected RecordType<Shipment> type() {
        return type;
    }

    /** Not saved: a shipment note comes only from posting an order. */
    @Override
    public Shipment newRecord() {
        return Shipment.unsaved();
    }

    @Override
    protected void checkRules(Shipment shipment) {
        if (shipment.isNew()) {
            throw new BusinessRuleException("shipment.onlyFromOrders", null);
        }
        customerOf(shipment);
        shipment.checkLines();
    }

    @Override
    protected void checkDeletable(Shipment shipment) {
        throw new BusinessRuleException("shipment.notDeletable", null, shipment.getNumber());
    }

    @Override
    protected boolean commandAvailable(Shipment shipment, String command) {
        return SHIP.equals(command) && shipment.shipmentStatus() == ShipmentStatus.DRAFT
                && shipment.getSalesOrder().orderStatus().canShip();
    }

    @Override
    protected CommandOutcome carryOut(Shipment shipment, RecordCommand command, String reason) {
        if (!SHIP.equals(command.name())) {
            throw new IllegalArgumentException(command.name());
        }
        LocalDate today = companyProfiles.today();
        shipment.confirm(today);
        SalesOrder order = shipment.getSalesOrder();
        Map<Long, BigDecimal> leaving = new LinkedHashMap<>();
        for (ShipmentLine line : shipment.getLines()) {
            leaving.merge(line.getProduct().getId(), line.getQuantity(), BigDecimal::add);
        }
        Map<Long, StockCheck.Stock> onHand = stock.lock(leaving.keySet());
        for (ShipmentLine line : shipment.getLines()) {
            BigDecimal have = onHand.get(line.getProduct().getId()).onHand();
            if (have.compareTo(leaving.get(line.getProduct().getId())) < 0) {
                throw new BusinessRuleException("shipment.notOnHand", "lines", Integer.toString(line.getLineNo()),
                        line.getProduct().getName(), have.stripTrailingZeros().toPlainString());
            }
        }
        int warranties = 0;
        for (ShipmentLine line : shipment.getLines()) {
            BigDecimal reservedPart = order.shipped(line.getOrderLine(), line.getQuantity());
            stock.issue(line.getProduct().getId(), line.getQuantity(), reservedPart);
            if (line.getProduct().getWarrantyMonths() > 0) {
                startWarranty(shipment, line);
                warranties++;
            }
        }
        CommandOutcome outcome = CommandOutcome.show(type.name(), shipment.getId());
        if (order.orderStatus() == OrderStatus.PARTLY_SHIPPED) {
            Shipment rest = orders.newShipmentNote(order);
            outcome = outcome.with(Notice.of("shipment.restNoteMade", rest.getNumber()));
        }
        if (warranties > 0) {
            outcome = outcome.with(Notice.of("shipment.warrantiesStarted", Integer.toString(warranties)));
        }
        return outcome;
    }

    /** A warranty from the day of shipment for the product's warranty period, with the shipment's rep. */
    private void startWarranty(Shipment shipment, ShipmentLine line) {
        warranties.startFor(shipment.getCustomer(), shipment.getOwner(), shipment.getDepartment(), line.getProduct(),
                shipment.getShipDate(), shipment.getNumber() + " · " + line.getQuantity().stripTrailingZeros().toPlainString(),
                "shipment " + shipment.getNumber());
    }
}
