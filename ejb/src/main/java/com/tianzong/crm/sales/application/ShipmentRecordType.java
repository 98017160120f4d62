package com.tianzong.crm.sales.application;

import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.LineItems;
import com.tianzong.crm.platform.records.RecordCommand;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.domain.ShipmentLine;
import com.tianzong.crm.sales.domain.Shipment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Shipment notes (发货单, SAL-04) in the generic list, form (quantities, carrier) and 360 view. */
@ApplicationScoped
public class ShipmentRecordType extends DeclaredRecordType<Shipment> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("number", 20).readOnly().searchable(),
            RecordField.reference("customer", "name").readOnly(),
            RecordField.reference("salesOrder", "number").readOnly(),
            RecordField.text("customerRef", 60).readOnly().searchable(),
            RecordField.code("status", "SHIPMENT_STATUS").readOnly(),
            RecordField.date("shipDate"),
            RecordField.text("address", 300).notListed(),
            RecordField.text("carrier", 60),
            RecordField.text("trackingNo", 60).searchable(),
            RecordField.note("note", 1000),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RecordCommand> COMMANDS = List.of(RecordCommand.of(ShipmentService.SHIP, PermissionAction.EDIT));

    private static final LineItems LINES = new LineItems("shipmentLine", ShipmentLine.class, List.of(
            RecordField.reference("product", "name").readOnly(),
            RecordField.decimal("outstanding", 3).readOnly(),
            RecordField.decimal("quantity", 3).required()),
            List.of());

    public ShipmentRecordType() {
        super("shipment", "SAL-04", "SAL", Shipment.class, null, List.of("basic", "record"), FIELDS);
        declareLines(LINES);
        declareCommands(COMMANDS);
        declareMadeElsewhere();
    }

    @EJB
    ShipmentService service;

    @Override
    public RecordService<Shipment> service() {
        return service;
    }
}
