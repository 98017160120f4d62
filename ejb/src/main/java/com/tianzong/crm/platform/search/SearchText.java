package com.tianzong.crm.platform.search;

import com.tianzong.crm.platform.i18n.Folding;
import java.text.Normalizer;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * How text is put into the index and how a query is read, so that both meet: full-width to
 * half-width (NFKC), Traditional to Simplified script (廣州 finds 广州), lower case; pinyin
 * initials of Chinese names (shhx finds 上海华信); the digits of a phone number.
 */
public final class SearchText {

    private static final HanyuPinyinOutputFormat PINYIN = new HanyuPinyinOutputFormat();

    static {
        PINYIN.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        PINYIN.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    }

    private SearchText() {
    }

    /** Text as the index keeps it: half-width, Simplified script, lower case; null for nothing. */
    public static String normalized(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Folding.fold(text.strip());
    }

    /**
     * The first letter of each syllable of a Chinese text, letters and digits as they are:
     * 上海华信电子 gives shhxdz. A character with several readings takes its most common one.
     */
    public static String initials(String text) {
        String normal = normalized(text);
        if (normal == null) {
            return null;
        }
        StringBuilder initials = new StringBuilder(normal.length());
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    initials.append(c);
                }
                continue;
            }
            String reading = firstReading(c);
            if (reading != null && !reading.isEmpty()) {
                initials.append(reading.charAt(0));
            }
        }
        return initials.isEmpty() ? null : initials.toString();
    }

    /** Every digit of a text, in order (021-6234 5678 gives 02162345678); null without digits. */
    public static String digits(String text) {
        String digits = Folding.digits(text);
        return digits.isEmpty() ? null : digits;
    }

    /** Whether a query reads as a phone number (digits with separators), so phones are searched. */
    public static boolean looksLikePhone(String query) {
        String digits = digits(query);
        return digits != null && digits.length() >= SearchEntry.SHORTEST_PHONE_QUERY
                && Normalizer.normalize(query, Normalizer.Form.NFKC).strip().matches("[+0-9()\\-\\s]+");
    }

    /** Whether a query reads as pinyin initials (Latin letters only, at least two). */
    public static boolean looksLikeInitials(String query) {
        String normal = normalized(query);
        return normal != null && normal.matches("[a-z]{2,}");
    }

    private static String firstReading(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, PINYIN);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
