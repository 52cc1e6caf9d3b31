package io.ipaccord.gateway.graphql;

import java.util.List;
import java.util.Locale;

import io.ipaccord.gateway.error.ValidationException;

/**
 * The one rule for codes clients send (states, treaties, series): trimmed and upper-cased, as the backends store
 * them; blank is the same as absent.
 */
public final class Codes {

    private Codes() {
    }

    /** The most codes one list argument ({@code memberStatesByCode}, {@code parties}) takes: one backend call. */
    public static final int MAX_PER_LOOKUP = 500;

    /** {@code codes}, refused with a {@code VALIDATION} error naming {@code argument} when there are too many. */
    public static List<String> atMostPerLookup(String argument, List<String> codes) {
        if (codes.size() > MAX_PER_LOOKUP) {
            throw ValidationException.of(argument, "at most " + MAX_PER_LOOKUP + " codes at once, " + codes.size()
                    + " given");
        }
        return codes;
    }

    /** {@code " cn "} is {@code "CN"}; null or blank is null. */
    public static String normalize(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
