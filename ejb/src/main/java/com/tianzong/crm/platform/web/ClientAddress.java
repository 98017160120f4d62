package com.tianzong.crm.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the client behind a request. Behind a reverse proxy the connection comes from
 * the proxy, which names the client in {@code X-Forwarded-For}; that header is believed only when
 * the connection comes from a trusted proxy (loopback, plus the addresses in the system property
 * {@code tianzong.trustedProxies}), since anyone else can write it. The client is then the
 * right-most address in the header that is not itself a trusted proxy.
 */
public final class ClientAddress {

    public static final String TRUSTED_PROXIES_PROPERTY = "tianzong.trustedProxies";
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    /**
     * The client's address for counting failed sign-ins per address: none for this machine itself,
     * which is a local reverse proxy that names no client, or the product's own tests, rather than
     * one client (counting it would lock out everyone behind the proxy).
     */
    public static String countable(HttpServletRequest request) {
        String address = of(request);
        return isLoopback(address) ? null : address;
    }

    static String of(String remoteAddress, String forwardedFor, Set<String> trusted) {
        if (remoteAddress == null || forwardedFor == null || forwardedFor.isBlank() || !isTrusted(remoteAddress, trusted)) {
            return remoteAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!hop.matches("[0-9a-fA-F:.]{2,45}")) {
                return remoteAddress;
            }
            if (!isTrusted(hop, trusted)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    /** Whether the address is this machine (a local proxy, or the product's own tests). */
    public static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || LOOPBACK.contains(address));
    }

    private static boolean isTrusted(String address, Set<String> trusted) {
        return isLoopback(address) || trusted.contains(address);
    }

    private static Set<String> trustedProxies() {
        return Arrays.stream(System.getProperty(TRUSTED_PROXIES_PROPERTY, "").split(","))
                .map(String::trim)
                .filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
