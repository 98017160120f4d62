package com.tianzong.crm.customer.application;

import com.tianzong.crm.customer.domain.Customer;
import com.tianzong.crm.customer.domain.StockReport;
import com.tianzong.crm.platform.records.RecordAction;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RelatedList;
import com.tianzong.crm.platform.records.DeclaredRecordType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The customer file as the generic list, form and 360 view see it. */
@ApplicationScoped
public class CustomerRecordType extends DeclaredRecordType<Customer> {

    private static final List<RecordField> FIELDS = List.of(
            RecordField.text("code", 30).required().searchable(),
            RecordField.text("name", 200).required().searchable(),
            RecordField.text("shortName", 60).searchable(),
            RecordField.code("customerType", "CUSTOMER_TYPE").required(),
            RecordField.code("grade", "CUSTOMER_GRADE"),
            RecordField.code("industry", "INDUSTRY"),
            RecordField.code("region", "REGION"),
            RecordField.code("source", "CUSTOMER_SOURCE").notListed(),
            RecordField.text("address", 300).notListed(),
            RecordField.text("phone", 40),
            RecordField.text("website", 200).notListed(),
            RecordField.text("taxId", 18).notListed().inGroup("invoicing"),
            RecordField.text("bankName", 100).notListed().inGroup("invoicing"),
            RecordField.text("bankAccount", 40).notListed().inGroup("invoicing"),
            RecordField.text("invoiceAddress", 300).notListed().inGroup("invoicing"),
            RecordField.text("invoicePhone", 40).notListed().inGroup("invoicing"),
            RecordField.money("creditLimit").required().inGroup("credit"),
            RecordField.code("paymentTerms", "PAYMENT_TERMS").notListed().inGroup("credit"),
            RecordField.reference("owner", "displayName").inGroup("credit"),
            RecordField.reference("department", "name").inGroup("credit"),
            RecordField.integer("visitCycleDays").notListed().inGroup("dynamic"),
            RecordField.date("lastInteractionDate").readOnly().notListed().inGroup("dynamic"),
            RecordField.date("lastVisitDate").readOnly().notListed().inGroup("dynamic"),
            RecordField.date("nextVisitDue").readOnly().inGroup("dynamic"),
            RecordField.timestamp("createdAt").inGroup("record"),
            RecordField.timestamp("updatedAt").inGroup("record"));

    private static final List<RelatedList> RELATED = List.of(
            RelatedList.records("contacts", "contact", "customer", List.of(
                    RecordField.text("name", 50), RecordField.text("title", 50), RecordField.code("contactRole", "CONTACT_ROLE"),
                    RecordField.text("mobile", 20), RecordField.text("email", 100), RecordField.flag("primaryContact"))),
            RelatedList.records("interactions", "interaction", "customer", List.of(
                    RecordField.date("interactionDate"), RecordField.code("kind", "INTERACTION_TYPE"),
                    RecordField.text("content", 2000), RecordField.money("cost"), RecordField.reference("performedBy", "displayName"))),
            RelatedList.records("serviceRequests", "serviceRequest", "customer", List.of(
                    RecordField.date("requestDate"), RecordField.text("subject", 200), RecordField.code("priority", "PRIORITY"),
                    RecordField.code("status", "CASE_STATUS"), RecordField.reference("assignee", "displayName"))),
            RelatedList.records("serviceRecords", "serviceRecord", "customer", List.of(
                    RecordField.date("serviceDate"), RecordField.code("kind", "SERVICE_KIND"), RecordField.text("content", 2000),
                    RecordField.money("cost"), RecordField.reference("technician", "displayName"))),
            RelatedList.records("warranties", "warranty", "customer", List.of(
                    RecordField.reference("product", "name"), RecordField.text("serialNo", 60), RecordField.date("startDate"),
                    RecordField.date("expiryDate"))),
            RelatedList.records("feedback", "feedback", "customer", List.of(
                    RecordField.date("receivedDate"), RecordField.code("kind", "FEEDBACK_KIND"), RecordField.text("subject", 200),
                    RecordField.code("status", "CASE_STATUS"))),
            RelatedList.records("stockReports", "stockReport", "customer", List.of(
                    RecordField.date("periodStart"), RecordField.reference("product", "name"),
                    RecordField.decimal("soldQty", StockReport.QUANTITY_SCALE), RecordField.decimal("closingQty", StockReport.QUANTITY_SCALE))),
            RelatedList.records("quotes", "quote", "customer", List.of(
                    RecordField.text("number", 20), RecordField.date("documentDate"), RecordField.text("subject", 200),
                    RecordField.money("grossTotal"), RecordField.code("status", "QUOTE_STATUS"))),
            RelatedList.records("salesOrders", "salesOrder", "customer", List.of(
                    RecordField.text("number", 20), RecordField.date("documentDate"), RecordField.text("customerRef", 60),
                    RecordField.money("grossTotal"), RecordField.code("status", "ORDER_STATUS"))),
            RelatedList.records("shipments", "shipment", "customer", List.of(
                    RecordField.text("number", 20), RecordField.date("shipDate"), RecordField.reference("salesOrder", "number"),
                    RecordField.code("status", "SHIPMENT_STATUS"))));

    /** Merging another file into this one (客户合并): it removes a file, so it needs DELETE. */
    private static final List<RecordAction> ACTIONS = List.of(
            new RecordAction("sellThrough", "/app/customer/sell-through", PermissionAction.VIEW),
            new RecordAction("merge", "/app/customer/merge", PermissionAction.DELETE));

    public CustomerRecordType() {
        super("customer", "CUS-01", "CUS", Customer.class, "code",
                List.of("basic", "invoicing", "credit", "dynamic", "record"), FIELDS);
    }

    @EJB
    CustomerService service;

    @Override
    public RecordService<Customer> service() {
        return service;
    }

    @Override
    public List<RecordAction> actions() {
        return ACTIONS;
    }

    @Override
    public List<RelatedList> relatedLists() {
        List<RelatedList> all = new java.util.ArrayList<>(RELATED);
        for (com.tianzong.crm.platform.records.RelatedListContribution contribution : contributions) {
            if (contribution.recordType().equals(name())) {
                all.add(contribution.list());
            }
        }
        return all;
    }

    /** Tabs other modules add (the sales module's receivables ledger). */
    @jakarta.inject.Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<com.tianzong.crm.platform.records.RelatedListContribution> contributions;
}
