package com.tianzong.crm.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;

/**
 * What every page that shows tenant data shares: the "not found" answer (HTTP 404) and the
 * "no permission" answer (HTTP 403), both without data; the not-found template renders them.
 */
public abstract class GuardedPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean notFound;
    private boolean forbidden;

    protected void markNotFound() {
        notFound = true;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    public boolean isNotFound() {
        return notFound;
    }

    /** The user may not do what the page is for: show "no permission" (HTTP 403), no data. */
    protected void markForbidden() {
        forbidden = true;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
    }

    public boolean isForbidden() {
        return forbidden;
    }

    /**
     * Refuses a dialog's save: the reason goes to the messages of the dialog's form (which a
     * {@code p:messages for="<form>"} shows) and the Ajax response says validation failed, so
     * the dialog stays open.
     */
    protected static void refuseInDialog(String form, String why) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(form, new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_ERROR, why, null));
        context.validationFailed();
    }

    /** Parses a record id from the URL; empty for anything that is not a positive number. */
    public static java.util.Optional<Long> parseId(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return java.util.Optional.empty();
        }
        long value = Long.parseLong(id);
        return value > 0 ? java.util.Optional.of(value) : java.util.Optional.empty();
    }

    /** Whether the page has something to show: it exists and the user may see it. */
    public boolean isUsable() {
        return !notFound && !forbidden;
    }
}
