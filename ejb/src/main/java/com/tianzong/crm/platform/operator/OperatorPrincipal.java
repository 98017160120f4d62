package com.tianzong.crm.platform.operator;

import java.util.Optional;

/**
 * How an operator appears to the container: principal {@code operator:<name>} in group
 * {@value #GROUP}. It contains no '@', so it can never be read as a tenant user.
 */
public final class OperatorPrincipal {

    public static final String GROUP = "OPERATOR";
    private static final String PREFIX = "operator:";

    private OperatorPrincipal() {
    }

    public static String nameOf(String username) {
        return PREFIX + username;
    }

    public static Optional<String> usernameOf(String principalName) {
        return principalName != null && principalName.startsWith(PREFIX) && principalName.indexOf('@') < 0
                ? Optional.of(principalName.substring(PREFIX.length()))
                : Optional.empty();
    }
}
