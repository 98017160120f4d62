package com.tianzong.crm.platform.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/**
 * A name kept in Simplified Chinese, Traditional Chinese and English (columns
 * {@code name_zh_cn}, {@code name_zh_tw}, {@code name_en}), for code values, roles and other
 * labels that tenants see in their own language.
 */
@Embeddable
public class LocalizedName implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_zh_cn", nullable = false)
    private String simplified;

    @Column(name = "name_zh_tw", nullable = false)
    private String traditional;

    @Column(name = "name_en", nullable = false)
    private String english;

    protected LocalizedName() {
    }

    public LocalizedName(String simplified, String traditional, String english) {
        this.simplified = simplified;
        this.traditional = traditional;
        this.english = english;
    }

    /** The name in the user's language: Traditional for zh_TW/HK/MO, English outside Chinese. */
    public String in(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return english;
        }
        String country = locale.getCountry();
        return "TW".equals(country) || "HK".equals(country) || "MO".equals(country) || "Hant".equals(locale.getScript())
                ? traditional : simplified;
    }
}
