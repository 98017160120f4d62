package com.tianzong.crm.platform.tenancy;

import java.util.Optional;

/**
 * A signed-in user as the container knows them: the caller principal's name is
 * {@code username@tenantcode}, unique across the platform, so that every layer (web, EJB, batch,
 * reports) can tell the tenant from the caller alone.
 */
public record TenantUser(String username, TenantCode tenant) {

    private static final char SEPARATOR = '@';

    public String principalName() {
        return username + SEPARATOR + tenant.value();
    }

    public static Optional<TenantUser> fromPrincipalName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int at = name.lastIndexOf(SEPARATOR);
        if (at <= 0 || at == name.length() - 1) {
            return Optional.empty();
        }
        return TenantCode.parse(name.substring(at + 1)).map(code -> new TenantUser(name.substring(0, at), code));
    }
}
