package com.tianzong.crm.platform.i18n;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How text is folded before it is compared or looked up: full-width to half-width (NFKC),
 * Traditional to Simplified script, lower case — so that ＨＸ００１ is hx001 and 廣州 is 广州; and
 * the digits of a phone number, whatever was typed around them.
 */
public final class Folding {

    private Folding() {
    }

    /** The folded text; null stays null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        return ChineseScript.toSimplified(Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    }

    /** Every digit of a text, in order, full-width ones too (021-6234 5678 gives 02162345678); empty without digits. */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < halfWidth.length(); i++) {
            char c = halfWidth.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
