package com.tianzong.crm.platform.persistence;

/** How entities take typed text: surrounding blanks dropped, nothing left meaning no value. */
public final class Trimmed {

    private Trimmed() {
    }

    public static String orNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
