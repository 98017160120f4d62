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

    /** Whether the page has something to show: it exists and the user may see it. */
    public boolean isUsable() {
        return !notFound && !forbidden;
    }
}
