package com.tianzong.crm.platform.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a company's passwords must meet (PLT-09): a minimum length, letters and digits,
 * optionally a symbol; never the user name, and never one of the passwords every guessing list
 * starts with. {@link #violations} names each broken rule by its message key.
 */
public record PasswordRules(int minLength, boolean requireLetterAndDigit, boolean requireSymbol) implements Serializable {

    public static final int MAX_LENGTH = 128;

    /** Among the first tries of every guessing list, including the favourites of Chinese users. */
    private static final Set<String> COMMON = Set.of(
            "123456", "12345678", "123456789", "1234567890", "password", "password1", "qwerty", "qwerty123",
            "abc123", "abc12345", "a123456", "a12345678", "aa123456", "qq123456", "111111", "11111111",
            "000000", "00000000", "88888888", "666666", "5201314", "woaini1314", "woaini520", "1qaz2wsx",
            "1q2w3e4r", "zxcvbnm", "iloveyou", "admin123", "admin@123", "p@ssw0rd", "passw0rd", "welcome1",
            "123qwe", "qwe123", "asdf1234", "abcd1234", "1234qwer", "q1w2e3r4", "password123", "letmein1");

    // bean-style reads for the pages: Jakarta EL 5 does not see record components

    public int getMinLength() {
        return minLength;
    }

    public boolean isRequireLetterAndDigit() {
        return requireLetterAndDigit;
    }

    public boolean isRequireSymbol() {
        return requireSymbol;
    }

    public List<String> violations(char[] password, String username) {
        String text = new String(password);
        List<String> broken = new ArrayList<>();
        if (text.length() < minLength) {
            broken.add("password.rule.length");
        }
        if (text.length() > MAX_LENGTH) {
            broken.add("password.rule.tooLong");
        }
        boolean letter = text.codePoints().anyMatch(Character::isLetter);
        boolean digit = text.codePoints().anyMatch(Character::isDigit);
        if (requireLetterAndDigit && !(letter && digit)) {
            broken.add("password.rule.letterAndDigit");
        }
        if (requireSymbol && text.codePoints().allMatch(Character::isLetterOrDigit)) {
            broken.add("password.rule.symbol");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("password.rule.username");
        }
        if (COMMON.contains(lower)) {
            broken.add("password.rule.common");
        }
        return broken;
    }
}
