package com.tianzong.crm.platform.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a yes/no cell the ways people write it, in Chinese or English. */
final class Flags {

    private static final Map<String, Boolean> WORDS = Map.ofEntries(
            Map.entry("是", true), Map.entry("否", false),
            Map.entry("有", true), Map.entry("无", false), Map.entry("無", false),
            Map.entry("启用", true), Map.entry("停用", false), Map.entry("啟用", true),
            Map.entry("√", true), Map.entry("×", false),
            Map.entry("y", true), Map.entry("n", false),
            Map.entry("yes", true), Map.entry("no", false),
            Map.entry("true", true), Map.entry("false", false),
            Map.entry("1", true), Map.entry("0", false));

    private Flags() {
    }

    static Optional<Boolean> parse(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(WORDS.get(plain));
    }
}
