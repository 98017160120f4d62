package com.tianzong.crm.web.records;

import com.tianzong.crm.platform.codelist.CodeItem;
import com.tianzong.crm.platform.codelist.CodeLists;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.RecordAccess;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.records.ReferenceOptions;
import com.tianzong.crm.web.i18n.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How record values read in the current language: code labels, money, references, times. */
@Named("records")
@RequestScoped
public class RecordDisplay {

    private static final ZoneId TENANT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    CodeLists codeLists;

    @EJB
    ReferenceOptions referenceOptions;

    @Inject
    Texts texts;

    private final Map<String, List<CodeItem>> codeCache = new HashMap<>();

    public String label(RecordType<?> type, RecordField field) {
        return texts.get("field." + type.name() + "." + field.getName());
    }

    public String display(Object record, RecordField field) {
        Object value = record == null ? null : RecordAccess.read(record, field.getName());
        if (value == null) {
            return "";
        }
        return switch (field.getKind()) {
            case TEXT -> value.toString();
            case CODE -> codeLabel(field.getCodeList(), value.toString());
            case MONEY -> money((BigDecimal) value);
            case REFERENCE -> String.valueOf(RecordAccess.read(value, field.getReferenceLabel()));
            case TIMESTAMP -> ((OffsetDateTime) value).atZoneSameInstant(TENANT_ZONE).format(TIMESTAMP);
            case DECIMAL -> decimal((BigDecimal) value, field.getScale()) + field.getUnit();
            case INTEGER -> value + field.getUnit();
            case FLAG -> texts.get(Boolean.TRUE.equals(value) ? "value.yes" : "value.no");
            case DATE -> ((java.time.LocalDate) value).format(DateTimeFormatter.ISO_LOCAL_DATE);
        };
    }

    /** Yes/no options for a filter. */
    public List<SelectItem> flagOptions() {
        return List.of(new SelectItem("true", texts.get("value.yes")), new SelectItem("false", texts.get("value.no")));
    }

    public String decimal(BigDecimal number, int scale) {
        StringBuilder pattern = new StringBuilder("#,##0");
        if (scale > 0) {
            pattern.append('.').append("0".repeat(scale));
        }
        return new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(locale())).format(number);
    }

    /** A value as the audit trail keeps it, shown like the field shows it: code lists by label. */
    public String auditValue(RecordType<?> type, String fieldName, String value) {
        if (value == null) {
            return "";
        }
        return type.field(fieldName)
                .filter(field -> field.getKind() == com.tianzong.crm.platform.records.FieldKind.CODE)
                .map(field -> codeLabel(field.getCodeList(), value))
                .orElse(value);
    }

    public String auditFieldLabel(RecordType<?> type, String fieldName) {
        return type.field(fieldName).map(field -> label(type, field)).orElseGet(() -> {
            // a change that is not of a declared field (a merge) has a label of its own, else its name shows
            String label = texts.get("field." + type.name() + "." + fieldName);
            return label.startsWith("???") ? fieldName : label;
        });
    }

    /** Who made a change: a user name, or the kind of system work. */
    public String auditActor(com.tianzong.crm.platform.audit.AuditEntry entry) {
        if ("USER".equals(entry.getSource())) {
            return entry.getActor();
        }
        String source = entry.getSource().toLowerCase(Locale.ROOT);
        String work = texts.get("audit.actor." + source);
        // a user's import (or job) names the user and the kind of work
        return entry.getActor().equals(source) ? work : entry.getActor() + " · " + work;
    }

    public String timestamp(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(TENANT_ZONE).format(TIMESTAMP);
    }

    public String instant(java.time.Instant time) {
        return time == null ? "" : time.atZone(TENANT_ZONE).format(TIMESTAMP);
    }

    public String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale()));
        return format.format(amount);
    }

    public List<SelectItem> codeOptions(RecordField field) {
        return codes(field.getCodeList()).stream()
                .map(item -> new SelectItem(item.getCode(), item.label(locale())))
                .toList();
    }

    /** Options of a reference field for a filter: the referenced record's id as the value. */
    public List<SelectItem> referenceFilterOptions(RecordType<?> type, RecordField field) {
        return referenceOptions.options(type, field).stream()
                .map(option -> new SelectItem(String.valueOf(option.getId()),
                        String.valueOf(RecordAccess.read(option, field.getReferenceLabel()))))
                .toList();
    }

    public List<? extends TenantRecord> referenceOptions(RecordType<?> type, RecordField field) {
        return referenceOptions.options(type, field);
    }

    /** The choices of a reference on the record being edited (narrowed by another field where declared). */
    public List<? extends TenantRecord> referenceOptions(RecordType<?> type, RecordField field, TenantRecord record) {
        return referenceOptions.options(type, field, record);
    }

    /** Whether changing this field changes another field's choices (a customer, for its contact). */
    public boolean narrowsOthers(RecordType<?> type, RecordField field) {
        return type.fields().stream().anyMatch(other -> other.getNarrowedBy().filter(field.getName()::equals).isPresent());
    }

    public String referenceLabel(Object option, RecordField field) {
        return option == null ? "" : String.valueOf(RecordAccess.read(option, field.getReferenceLabel()));
    }

    public String codeLabel(String list, String code) {
        return codes(list).stream()
                .filter(item -> item.getCode().equals(code))
                .map(item -> item.label(locale()))
                .findFirst()
                .orElse(code);
    }

    private List<CodeItem> codes(String list) {
        return codeCache.computeIfAbsent(list, codeLists::items);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
