package com.tianzong.crm.web.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.RecordAccess;
import com.tianzong.crm.platform.records.RecordField;
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
        }
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
