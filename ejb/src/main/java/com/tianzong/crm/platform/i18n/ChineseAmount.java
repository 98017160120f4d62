package com.tianzong.crm.platform.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of yuan in capital numerals (人民币大写金额), as invoices, quotes and receipts print
 * it next to the figures: 12,475.20 is 壹万贰仟肆佰柒拾伍元贰角整. Zeros inside the number are
 * read once (壹拾万零壹拾元整), the fen are written only when there are any, and an amount of
 * whole yuan or of yuan and jiao ends with 整.
 */
public final class ChineseAmount {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿", "万亿"};
    private static final BigDecimal LIMIT = new BigDecimal("10000000000000000");

    private ChineseAmount() {
    }

    /** The amount, rounded half up to the fen, in capitals; below 10 000 万亿 yuan. */
    public static String inWords(BigDecimal amount) {
        BigDecimal fen = amount.setScale(2, RoundingMode.HALF_UP);
        if (fen.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("too large to write in capitals: " + amount);
        }
        StringBuilder words = new StringBuilder(fen.signum() < 0 ? "负" : "");
        BigDecimal absolute = fen.abs();
        long yuan = absolute.longValue();
        int cents = absolute.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        int jiao = cents / 10;
        int fenDigit = cents % 10;
        if (yuan > 0) {
            words.append(yuan(yuan)).append('元');
        } else if (cents == 0) {
            words.append("零元");
        }
        if (cents == 0) {
            return words.append('整').toString();
        }
        if (jiao > 0) {
            words.append(DIGITS[jiao]).append('角');
        } else if (yuan > 0) {
            words.append('零');
        }
        if (fenDigit > 0) {
            words.append(DIGITS[fenDigit]).append('分');
        } else {
            words.append('整');
        }
        return words.toString();
    }

    /** Whole yuan, read in sections of four digits (万, 亿, 万亿) with each run of zeros read once. */
    private static String yuan(long value) {
        int[] groups = new int[SECTIONS.length];
        long rest = value;
        for (int i = 0; i < groups.length; i++) {
            groups[i] = (int) (rest % 10_000);
            rest /= 10_000;
        }
        StringBuilder words = new StringBuilder();
        boolean zeroPending = false;
        for (int i = groups.length - 1; i >= 0; i--) {
            int group = groups[i];
            if (group == 0) {
                zeroPending = words.length() > 0;
                continue;
            }
            if (words.length() > 0 && (zeroPending || group < 1000)) {
                words.append('零');
            }
            words.append(group(group)).append(SECTIONS[i]);
            zeroPending = false;
        }
        return words.toString();
    }

    private static String group(int value) {
        StringBuilder words = new StringBuilder();
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int digit = value / (int) Math.pow(10, place) % 10;
            if (digit == 0) {
                zero = words.length() > 0;
            } else {
                if (zero) {
                    words.append('零');
                }
                words.append(DIGITS[digit]).append(PLACES[place]);
                zero = false;
            }
        }
        return words.toString();
    }
}
