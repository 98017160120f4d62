package com.tianzong.crm.customer.domain;

import com.tianzong.crm.platform.i18n.Folding;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The keys by which two customer files are recognised as the same company (查重, CUS-01/PLT-10):
 * names equal once full-width forms are folded, Traditional script is read as Simplified,
 * punctuation and spaces are dropped and legal-form suffixes (有限公司, 有限責任公司, Co., Ltd. …)
 * are cut off (so 广州华信电子有限公司, 廣州華信電子有限公司 and 广州华信电子 match); phone
 * numbers equal in their digits, without the country code or the trunk 0.
 */
public final class MatchKeys {

    /** Longest first, so 股份有限公司 goes before 有限公司 and 公司. */
    private static final List<String> CHINESE_SUFFIXES = List.of(
            "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司", "集团公司", "总公司", "公司", "集团");

    private static final Pattern ENGLISH_SUFFIX = Pattern.compile(
            "(?:^|[\\s,.])(?:co|company|corp|corporation|inc|incorporated|ltd|limited|llc|gmbh)$");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s]+$");

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s]+");

    private static final int SHORTEST_PHONE = 7;

    private MatchKeys() {
    }

    /** The name's key, or null for a name with nothing left once the legal form is cut off. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        String folded = Folding.fold(name);
        String before;
        do {
            before = folded;
            folded = TRAILING_PUNCTUATION.matcher(folded).replaceAll("");
            folded = ENGLISH_SUFFIX.matcher(folded).replaceAll("");
            for (String suffix : CHINESE_SUFFIXES) {
                if (folded.endsWith(suffix) && folded.length() > suffix.length()) {
                    folded = folded.substring(0, folded.length() - suffix.length());
                    break;
                }
            }
        } while (!folded.equals(before));
        String key = PUNCTUATION.matcher(folded).replaceAll("");
        return key.isEmpty() ? null : key;
    }

    /** The phone number's key, or null for one too short to tell a company by. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = Folding.digits(phone);
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() >= 12) {
            digits = digits.substring(2);
        }
        if (digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        return digits.length() < SHORTEST_PHONE ? null : digits;
    }
}
