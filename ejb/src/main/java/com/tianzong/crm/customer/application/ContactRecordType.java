package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Contact;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RelatedList;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Contacts (联系人, CUS-02) in the generic list, form and 360 view. */
@ApplicationScoped
public class ContactRecordType extends DeclaredRecordType<Contact> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("name", 50).required().searchable(),
            RecordField.reference("customer", "name").required(),
            RecordField.text("title", 50),
            RecordField.code("contactRole", "CONTACT_ROLE"),
            RecordField.flag("primaryContact"),
            RecordField.text("mobile", 20).searchable(),
            RecordField.text("phone", 40).searchable().notListed(),
            RecordField.text("email", 100).searchable(),
            RecordField.date("birthday").notListed(),
            RecordField.note("preferences", 500).notListed(),
            RecordField.reference("owner", "displayName").readOnly().inGroup("record"),
            RecordField.reference("department", "name").readOnly().inGroup("record"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RelatedList> RELATED = List.of(
            RelatedList.records("interactions", "interaction", "contact", List.of(
                    RecordField.date("interactionDate"), RecordField.code("kind", "INTERACTION_TYPE"),
                    RecordField.text("content", 2000), RecordField.reference("performedBy", "displayName"))));

    public ContactRecordType() {
        super("contact", "CUS-02", "CUS", Contact.class, null, List.of("basic", "record"), FIELDS);
        declareRelatedLists(RELATED);
    }

    @EJB
    ContactService service;

    @Override
    public RecordService<Contact> service() {
        return service;
    }
}
