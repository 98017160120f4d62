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

    /**
     * The three names as the user gave them, completed: an empty Traditional name is converted
     * from the Simplified one (opencc4j), an empty English one copies the Simplified one.
     */
    public static LocalizedName completing(String simplified, String traditional, String english) {
        String zhCn = simplified == null ? "" : simplified.strip();
        String zhTw = traditional == null || traditional.isBlank() ? ChineseScript.toTraditional(zhCn) : traditional.strip();
        String en = english == null || english.isBlank() ? zhCn : english.strip();
        return new LocalizedName(zhCn, zhTw, en);
    }

    public String getSimplified() {
        return simplified;
    }

    public String getTraditional() {
        return traditional;
    }

    public String getEnglish() {
        return english;
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
