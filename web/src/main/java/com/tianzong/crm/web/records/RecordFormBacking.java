package com.tianzong.crm.web.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.RecordAccess;
import com.tianzong.crm.platform.records.LineDocument;
import com.tianzong.crm.platform.records.LineItems;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.ReferenceOptions;
import jakarta.faces.component.UIComponent;
import com.tianzong.crm.web.i18n.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The generic form: create or edit one record. The record keeps its version while the page is
 * open, so saving over someone else's change is refused with a clear message.
 */
@Named("recordForm")
@ViewScoped
public class RecordFormBacking extends RecordPage {

    /** Alarms the save raised (a head-count quota exceeded …), shown with the "saved" notice. */
    @Inject
    transient com.tianzong.crm.platform.notification.RaisedAlarms raisedAlarms;

    private static final long serialVersionUID = 1L;

    @Inject
    RecordMessages messages;

    @Inject
    Texts texts;

    @Inject
    RecordDisplay display;

    @jakarta.ejb.EJB
    transient ReferenceOptions referenceOptions;

    private String id;
    private TenantRecord record;

    public void load() {
        if (resolveType().isEmpty()) {
            return;
        }
        if (id == null || id.isBlank()) {
            if (can("CREATE")) {
                record = service().newRecord();
                prefill();
            } else {
                markForbidden();
            }
            return;
        }
        if (!can("EDIT")) {
            markForbidden();
            return;
        }
        record = parseId(id).flatMap(value -> service().find(value)).orElse(null);
        if (record == null) {
            markNotFound();
        } else if (record instanceof LineDocument document && !document.isLinesEditable()) {
            // a posted document is changed by its commands (reopen …), not by the form
            texts.error("document.notEditable");
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            try {
                external.redirect(external.getRequestContextPath() + "/app/records/view.xhtml?type=" + getType() + "&id=" + record.getId());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** How many suggestions a line's product picker shows. */
    private static final int SUGGESTIONS = 20;

    /** The record type's lines, or null for a type without. */
    public LineItems getLineItems() {
        return record == null ? null : getRecordType().lineItems().orElse(null);
    }

    public List<?> getLines() {
        return record instanceof LineDocument document ? document.getLines() : List.of();
    }

    /** The entity class of the lines, which the line pickers look references up by. */
    public Class<?> getLineClass() {
        return getLineItems().lineClass();
    }

    /** Whether lines are added by hand: the lines have a reference to pick (a product); a shipment's come from its order. */
    public boolean isAddableLines() {
        LineItems items = getLineItems();
        return items != null && (record instanceof LineDocument document && document.isLinesAddedByHand() || items.columns().stream()
                .anyMatch(column -> column.isEditable() && column.getKind() == com.tianzong.crm.platform.records.FieldKind.REFERENCE));
    }

    public void addLine() {
        ((LineDocument) record).addLine();
    }

    public void removeLine(int index) {
        LineDocument document = (LineDocument) record;
        document.removeLine(index);
        document.recalculate();
    }

    /** Works the lines' amounts and the totals out again after an input of a line changed. */
    public void recalculate() {
        if (record instanceof LineDocument document) {
            document.recalculate();
        }
    }

    /** The suggestions of a line's reference picker (the component names the field) for what was typed. */
    public List<? extends TenantRecord> completeLineReference(String query) {
        UIComponent picker = UIComponent.getCurrentComponent(FacesContext.getCurrentInstance());
        RecordField field = (RecordField) picker.getAttributes().get("field");
        return referenceOptions.search(getLineClass(), field, query, SUGGESTIONS);
    }

    /** The record's fields shown under the lines (the totals). */
    public List<RecordField> getTotalFields() {
        LineItems items = getLineItems();
        return items == null ? List.of() : items.totals().stream().map(name -> getRecordType().field(name).orElseThrow()).toList();
    }

    /**
     * A new record may start with values from the link that opened the form
     * ({@code ?type=interaction&customer=12&kind=ONSITE_VISIT}): a reference only to a record the
     * form offers (so within the user's scope), a code only from its list, a date as yyyy-MM-dd.
     */
    private void prefill() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (RecordField field : getRecordType().fields()) {
            String value = parameters.get(field.getName());
            if (value == null || value.isBlank() || !field.isEditable()) {
                continue;
            }
            Object initial = switch (field.getKind()) {
                case REFERENCE -> parseId(value).flatMap(id -> display.referenceOptions(getRecordType(), field).stream()
                        .filter(option -> option.getId().equals(id)).findFirst()).orElse(null);
                case CODE -> display.codeOptions(field).stream().anyMatch(item -> value.equals(item.getValue())) ? value : null;
                case DATE -> parseDate(value);
                default -> null;
            };
            if (initial != null) {
                RecordAccess.write(record, field.getName(), initial);
            }
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public List<String> getGroups() {
        if (record == null) {
            return List.of();
        }
        return getRecordType().groups().stream()
                .filter(group -> !fieldsOf(group).isEmpty())
                .toList();
    }

    public List<RecordField> fieldsOf(String group) {
        return getRecordType().fieldsOf(group).stream().filter(RecordField::isEditable).toList();
    }

    public void save() throws IOException {
        try {
            TenantRecord saved = service().save(record);
            texts.info("record.saved");
            raisedAlarms.all().forEach(alarm -> texts.warn(alarm.messageKey(), alarm.arguments().toArray()));
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/records/view.xhtml?type=" + getType() + "&id=" + saved.getId());
        } catch (RuntimeException e) {
            messages.show(e, getRecordType());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public boolean isNew() {
        return record != null && record.isNew();
    }

    public TenantRecord getRecord() {
        return record;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
