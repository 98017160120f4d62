package com.tianzong.crm.platform.tenancy;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code a company chooses when it subscribes ("company code" at login). It is also the only
 * input to its schema name, so it is restricted to characters that are safe as a PostgreSQL
 * identifier: a lower-case letter, then 1–29 lower-case letters, digits or underscores.
 */
public final class TenantCode implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_]{1,29}");
    private static final String SCHEMA_PREFIX = "t_";

    private final String value;

    private TenantCode(String value) {
        this.value = value;
    }

    /** Parses user input (trimmed, case-insensitive); empty when it cannot be a tenant code. */
    public static Optional<TenantCode> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String normalised = input.trim().toLowerCase(Locale.ROOT);
        return VALID.matcher(normalised).matches() ? Optional.of(new TenantCode(normalised)) : Optional.empty();
    }

    /** For codes that must be valid (configuration, tests); throws on anything else. */
    public static TenantCode of(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("Not a valid tenant code: " + code));
    }

    public String value() {
        return value;
    }

    /** The tenant's PostgreSQL schema; safe to quote as an identifier because of {@link #VALID}. */
    public String schemaName() {
        return SCHEMA_PREFIX + value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TenantCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
