package com.tianzong.crm.web.records;

import com.tianzong.crm.platform.administration.CompanyProfile;
import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.i18n.ChineseAmount;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.FieldKind;
import com.tianzong.crm.platform.records.LineDocument;
import com.tianzong.crm.platform.records.LineItems;
import com.tianzong.crm.platform.records.RecordAccess;
import com.tianzong.crm.platform.records.RecordField;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/**
 * The print view of a document with lines (a quote, an order, a shipment note): the company, the
 * document's own fields, its lines and totals, the total with VAT in capitals (人民币大写) and
 * lines for signatures, on A4. Read with the same permission and data scope as the 360 view.
 */
@Named("recordPrint")
@ViewScoped
public class RecordPrintBacking extends RecordPage {

    private static final long serialVersionUID = 1L;

    /** The document's total with VAT, written in capitals when the document has one. */
    private static final String GROSS_TOTAL = "grossTotal";

    @EJB
    transient CompanyProfiles profiles;

    @Inject
    transient RecordDisplay display;

    private String id;
    private TenantRecord record;
    private CompanyProfile company;
    private String printedOn;

    public void load() {
        if (resolveType().isEmpty()) {
            return;
        }
        if (!can("VIEW")) {
            markForbidden();
            return;
        }
        record = getRecordType().lineItems().isEmpty() ? null : parseId(id).flatMap(value -> service().find(value)).orElse(null);
        if (record == null) {
            markNotFound();
            return;
        }
        company = profiles.profile();
        printedOn = profiles.today().toString();
    }

    /** The document's fields worth printing: those of its first group that have a value, but no yes/no switches. */
    public List<RecordField> getHeaderFields() {
        String first = getRecordType().groups().get(0);
        return getRecordType().fieldsOf(first).stream()
                .filter(field -> field.getKind() != FieldKind.FLAG && field.getKind() != FieldKind.TIMESTAMP)
                .filter(field -> !display.display(record, field).isEmpty())
                .toList();
    }

    public LineItems getLineItems() {
        return getRecordType().lineItems().orElse(null);
    }

    public List<?> getLines() {
        return ((LineDocument) record).getLines();
    }

    public List<RecordField> getTotalFields() {
        return getLineItems().totals().stream().map(name -> getRecordType().field(name).orElseThrow()).toList();
    }

    /** The total with VAT in capitals, or empty for a document without money (a shipment note). */
    public String getGrossInWords() {
        return getRecordType().field(GROSS_TOTAL)
                .map(field -> ChineseAmount.inWords((BigDecimal) RecordAccess.read(record, GROSS_TOTAL)))
                .orElse("");
    }

    public TenantRecord getRecord() {
        return record;
    }

    public CompanyProfile getCompany() {
        return company;
    }

    public String getPrintedOn() {
        return printedOn;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
