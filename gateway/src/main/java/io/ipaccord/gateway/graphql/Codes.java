package io.ipaccord.gateway.graphql;

import java.util.Locale;

/**
 * The one rule for codes clients send (states, treaties, series): trimmed and upper-cased, as the backends store
 * them; blank is the same as absent.
 */
public final class Codes {

    private Codes() {
    }

    /** {@code " cn "} is {@code "CN"}; null or blank is null. */
    public static String normalize(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
