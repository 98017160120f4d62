package com.tianzong.crm.web.importing;

import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.web.i18n.Texts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Matches the headings of an uploaded table to a record type's importable fields: by the field's
 * label in any of the product's languages (so a sheet made in Traditional Chinese or English
 * imports as well) or by its name; full-width forms, spaces and a trailing required-mark "*"
 * do not matter.
 */
public final class ImportColumns {

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    private ImportColumns() {
    }

    /** The field of each column, or null for a column that matches none. */
    public static List<String> match(RecordType<?> type, List<String> headers) {
        Map<String, String> byHeading = new HashMap<>();
        for (RecordField field : type.fields()) {
            if (!field.isImportable()) {
                continue;
            }
            byHeading.putIfAbsent(normalise(field.getName()), field.getName());
            for (Locale language : LANGUAGES) {
                label(type, field, language).ifPresent(label -> byHeading.putIfAbsent(normalise(label), field.getName()));
            }
        }
        List<String> fields = new ArrayList<>();
        for (String header : headers) {
            fields.add(byHeading.get(normalise(header)));
        }
        return fields;
    }

    /** The headings of a template for the type: the importable fields' labels, required ones marked "*". */
    public static List<String> templateHeadings(RecordType<?> type, Locale locale) {
        List<String> headings = new ArrayList<>();
        for (RecordField field : type.fields()) {
            if (field.isImportable()) {
                String label = label(type, field, locale).orElse(field.getName());
                headings.add(field.isRequired() ? label + "*" : label);
            }
        }
        return headings;
    }

    static String normalise(String heading) {
        String text = Normalizer.normalize(heading == null ? "" : heading, Normalizer.Form.NFKC).strip();
        if (text.endsWith("*")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static java.util.Optional<String> label(RecordType<?> type, RecordField field, Locale language) {
        try {
            return java.util.Optional.of(ResourceBundle.getBundle(Texts.BUNDLE, language, Texts.class.getClassLoader())
                    .getString("field." + type.name() + "." + field.getName()));
        } catch (MissingResourceException e) {
            return java.util.Optional.empty();
        }
    }
}
