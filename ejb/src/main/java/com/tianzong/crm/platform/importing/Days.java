package com.tianzong.crm.platform.importing;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a day as people write it: 2026-03-01, 2026/3/1, 2026.3.1 or 2026年3月1日 (full-width too). */
final class Days {

    private static final Pattern DAY = Pattern.compile("([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?");

    private Days() {
    }

    static Optional<LocalDate> parse(String text) {
        Matcher matcher = DAY.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
