package com.tianzong.crm.operator.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The console's language: the browser's preferred one among Simplified Chinese, Traditional
 * Chinese and English, and Simplified Chinese when the browser states none (the servlet default
 * would otherwise be the server's own locale).
 */
@Named
@RequestScoped
public class OperatorLocale {

    public Locale getLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        String header = context.getExternalContext().getRequestHeaderMap().get("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return context.getApplication().getViewHandler().calculateLocale(context);
    }
}
