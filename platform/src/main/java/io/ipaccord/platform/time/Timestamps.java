package io.ipaccord.platform.time;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The time a write stamps on a row ({@code updated_at}). */
public final class Timestamps {

    private Timestamps() {
    }

    /** Now in UTC, to the microsecond PostgreSQL keeps: what is published equals what is read back later. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
