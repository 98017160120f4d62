package com.tianzong.crm.web.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.ReferenceOptions;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A document line's reference (its product) as the picker submits it: the record's id. The
 * component names the line class and the field ({@code lineClass}, {@code field} attributes); the
 * id is looked up through {@link ReferenceOptions#find}, so a forged id of a record the user may
 * not see, or of another company, converts to nothing.
 */
@FacesConverter("tz.lineReference")
public class LineReferenceConverter implements Converter<TenantRecord> {

    private static ReferenceOptions options() {
        return jakarta.enterprise.inject.spi.CDI.current().select(ReferenceOptions.class).get();
    }

    @Override
    public TenantRecord getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Class<?> lineClass = (Class<?>) component.getAttributes().get("lineClass");
        RecordField field = (RecordField) component.getAttributes().get("field");
        return com.tianzong.crm.web.shell.GuardedPage.parseId(value)
                .flatMap(id -> options().find(lineClass, field, id))
                .map(TenantRecord.class::cast)
                .orElseThrow(() -> new ConverterException(new jakarta.faces.application.FacesMessage(
                        jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                        context.getApplication().getResourceBundle(context, "i18n").getString("document.line.notChosen"), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, TenantRecord value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
