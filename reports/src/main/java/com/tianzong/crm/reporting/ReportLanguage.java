package com.tianzong.crm.reporting;

import java.util.Locale;

/**
 * The language a report is rendered in, from the user's UI locale: labels come from the
 * design's bundle for that locale, and Traditional-script users also get their data converted.
 */
public enum ReportLanguage {
    SIMPLIFIED_CHINESE(Locale.SIMPLIFIED_CHINESE, false),
    TRADITIONAL_CHINESE(Locale.TRADITIONAL_CHINESE, true),
    ENGLISH(Locale.ENGLISH, false);

    private final Locale locale;
    private final boolean traditionalScript;

    ReportLanguage(Locale locale, boolean traditionalScript) {
        this.locale = locale;
        this.traditionalScript = traditionalScript;
    }

    public static ReportLanguage of(Locale userLocale) {
        if (userLocale == null || !"zh".equals(userLocale.getLanguage())) {
            return userLocale == null ? SIMPLIFIED_CHINESE : ENGLISH;
        }
        String country = userLocale.getCountry();
        String script = userLocale.getScript();
        boolean traditional = "Hant".equals(script) || "TW".equals(country) || "HK".equals(country) || "MO".equals(country);
        return traditional ? TRADITIONAL_CHINESE : SIMPLIFIED_CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    public boolean convertsDataToTraditional() {
        return traditionalScript;
    }
}
