package com.tianzong.crm.web.shell;

import com.tianzong.crm.platform.identity.UserAccounts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The language switch in the top bar and on the sign-in page (PLT-04). */
@Named
@RequestScoped
public class LanguageBacking {

    @Inject
    UserSession session;

    @EJB
    UserAccounts userAccounts;

    public List<Locale> getLanguages() {
        return UserSession.LANGUAGES;
    }

    public String tagOf(Locale locale) {
        return locale.toLanguageTag();
    }

    /** Switches to the language and reloads the page, so every label is redrawn in it. */
    public void switchTo(String languageTag) throws IOException {
        Locale chosen = Locale.forLanguageTag(languageTag);
        session.setLocale(chosen);
        if (session.isSignedIn()) {
            userAccounts.changeMyLocale(session.getLocale().toString());
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(session.getLocale());
        // the same page again, with its view parameters (record type, id, search text)
        String url = context.getApplication().getViewHandler()
                .getBookmarkableURL(context, context.getViewRoot().getViewId(), java.util.Map.of(), true);
        context.getExternalContext().redirect(url);
    }
}
