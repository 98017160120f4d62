package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Interaction;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordAction;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.security.PermissionAction;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Interactions with customers (客户联系记录, CUS-03) in the generic list, form and 360 view. */
@ApplicationScoped
public class InteractionRecordType extends DeclaredRecordType<Interaction> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.date("interactionDate").required(),
            RecordField.reference("customer", "name").required(),
            RecordField.code("kind", "INTERACTION_TYPE").required(),
            RecordField.reference("contact", "name").narrowedBy("customer"),
            RecordField.text("participants", 200).notListed(),
            RecordField.note("content", 2000).required().searchable().listed(),
            RecordField.money("cost"),
            RecordField.text("nextStep", 200).searchable().notListed(),
            RecordField.reference("performedBy", "displayName").readOnly(),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    /** The due and overdue visits of the customers the user looks after. */
    private static final List<RecordAction> LIST_PAGES = List.of(
            new RecordAction("visitsDue", "/app/customer/visits-due", PermissionAction.VIEW));

    public InteractionRecordType() {
        super("interaction", "CUS-03", "CUS", Interaction.class, null, List.of("basic", "record"), FIELDS);
        declareListPages(LIST_PAGES);
    }

    @EJB
    InteractionService service;

    @Override
    public RecordService<Interaction> service() {
        return service;
    }
}
