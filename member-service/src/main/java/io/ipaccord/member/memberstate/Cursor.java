package io.ipaccord.member.memberstate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.ipaccord.platform.problem.ProblemException;

/** Opaque page cursor: the position after the last item of a page. */
final class Cursor {

    private static final String PREFIX = "o:";

    private Cursor() {
    }

    static String encode(long offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw ProblemException.invalid("after", "is not a cursor returned by this service");
    }
}
