package io.ipaccord.event.events;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.ipaccord.platform.problem.ProblemException;

/**
 * Opaque keyset cursor: the sort key and id of the last item of a page. Unlike an offset it neither skips nor repeats
 * items when events are added or removed between two pages.
 */
record EventCursor(String id, Object key) {

    private static final String VERSION = "k1";

    static String encode(EventOrder order, Event last) {
        String text = String.join("\n", VERSION, order.token(), last.id, String.valueOf(order.keyOf(last)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position {@code after} points at, or null for the first page. */
    static EventCursor decode(String after, EventOrder order) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after.trim()), StandardCharsets.UTF_8).split("\n", 4);
            if (parts.length == 4 && parts[0].equals(VERSION)) {
                if (!parts[1].equals(order.token())) {
                    throw ProblemException.invalid("after", "was returned for sort " + parts[1] + ", not " + order.token());
                }
                return new EventCursor(parts[2], order.parseKey(parts[3]));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // falls through to the refusal below
        }
        throw ProblemException.invalid("after", "is not a cursor returned by this service");
    }
}
