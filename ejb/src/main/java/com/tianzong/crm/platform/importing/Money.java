package com.tianzong.crm.platform.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Reads an amount as people type it in a spreadsheet: full-width digits and punctuation,
 * thousands separators, a currency sign or 元. No exponents, no guessing: anything else is
 * not an amount.
 */
final class Money {

    private Money() {
    }

    static Optional<BigDecimal> parse(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace(",", "")
                .replace("¥", "")
                .replace("元", "")
                .replace(" ", "")
                .strip();
        if (!plain.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    /** A whole number as people type it (full-width digits, thousands separators), within int. */
    static Optional<Integer> parseWhole(String text) {
        return parse(text)
                .filter(number -> number.stripTrailingZeros().scale() <= 0)
                .filter(number -> number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                        && number.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0)
                .map(BigDecimal::intValueExact);
    }
}
