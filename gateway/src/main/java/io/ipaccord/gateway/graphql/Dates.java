package io.ipaccord.gateway.graphql;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The backends compute "as of today" in UTC; the gateway's default {@code asOf} is the same day. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
