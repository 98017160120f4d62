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
}
