package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A treaty's (or Act's) initial entry into force.
 *
 * @param trigger the instrument whose deposit completed the count; for a recorded date, the latest recorded
 *                qualifying instrument whose initial delay ends on that date, {@code null} if none is on record
 */
public record EntryIntoForce(LocalDate date, Basis basis, RecordedInstrument trigger) {

    public enum Basis {
        /** Computed from the instruments on record. */
        DERIVED,
        /** The depositary's recorded date (the first instruments predate the records). */
        RECORDED
    }

    public EntryIntoForce {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
    }
}
