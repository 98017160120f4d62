package com.tianzong.crm.operator.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The operator console's texts, in the language of the current view, and messages built from them. */
public final class ConsoleTexts {

    static final String BUNDLE = "com.tianzong.crm.operator.i18n.messages";

    private ConsoleTexts() {
    }

    static String get(String key, Object... arguments) {
        return in(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    /** The text in the given language (outside a Faces request too, e.g. for the REST API). */
    public static String in(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ConsoleTexts.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            pattern = "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, get(key, arguments), null));
    }
}
