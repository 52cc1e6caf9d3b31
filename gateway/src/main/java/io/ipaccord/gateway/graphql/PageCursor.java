package io.ipaccord.gateway.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.ipaccord.gateway.error.ValidationException;

/**
 * The gateway's own cursor: a backend page cursor plus how many items to skip after it. Backends hand out one
 * opaque cursor per page (where the next page starts); Relay wants one per edge. Edge {@code i} of a page fetched
 * after backend cursor {@code A} gets {@code (A, i + 1)}, so a client can continue after any edge without knowing
 * how a backend encodes positions.
 *
 * @param backendAfter the backend cursor to fetch after, null for the start
 * @param skip how many items after {@code backendAfter} the client has already seen
 */
public record PageCursor(String backendAfter, int skip) {

    public static final PageCursor START = new PageCursor(null, 0);
    private static final String PREFIX = "c1:";

    public PageCursor {
        if (skip < 0) {
            throw new IllegalArgumentException("skip must not be negative");
        }
    }

    /** The position of the cursor a client passed as {@code after}; refuses anything this gateway did not issue. */
    public static PageCursor decode(String cursor, String argument) {
        if (cursor == null || cursor.isEmpty()) {
            return START;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int colon = text.indexOf(':', PREFIX.length());
                if (colon > 0) {
                    int skip = Integer.parseInt(text.substring(PREFIX.length(), colon));
                    String backend = text.substring(colon + 1);
                    if (skip >= 0) {
                        return new PageCursor(backend.isEmpty() ? null : backend, skip);
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // refused below
        }
        throw ValidationException.of(argument, "is not a cursor returned by this API");
    }

    public String encode() {
        String text = PREFIX + skip + ":" + (backendAfter == null ? "" : backendAfter);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of the item {@code n} positions after this one. */
    public PageCursor advance(int n) {
        return new PageCursor(backendAfter, skip + n);
    }
}
