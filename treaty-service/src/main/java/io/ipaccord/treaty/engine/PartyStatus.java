package io.ipaccord.treaty.engine;

import java.time.LocalDate;

import io.ipaccord.contracts.treaty.PartyStanding;

/**
 * One state's position as of a date; {@link #standing()} lets callers switch on it. Each kind records only the dates
 * it has; the others answer {@code null}.
 */
public sealed interface PartyStatus {

    String state();

    PartyStanding standing();

    /** First signature date, {@code null} if it never signed. */
    LocalDate signedOn();

    /** The instrument that makes it a contracting party, {@code null} for a signatory. */
    default RecordedInstrument instrument() {
        return null;
    }

    /**
     * Bound since (bound, denounced after being bound) or from (not yet bound, once determined), else {@code null}: the
     * authoritative date of {@link #dates()} (the depositary's recorded date where there is one, else the computed
     * one), which also decides the standing as of the date.
     */
    default LocalDate boundFrom() {
        return null;
    }

    /**
     * The recorded and computed dates side by side; {@link #boundFrom()} is their {@code authoritative} date (for a
     * denounced party, only while it was bound before the denunciation took effect). A signatory has none.
     */
    PartyDates dates();

    /** A denunciation's effect date, pending (bound) or reached (denounced), else {@code null}. */
    default LocalDate denunciationEffect() {
        return null;
    }

    /** Signed, no binding instrument. */
    record Signatory(String state, LocalDate signedOn) implements PartyStatus {
        @Override
        public PartyDates dates() {
            return PartyDates.NONE;
        }

        @Override
        public PartyStanding standing() {
            return PartyStanding.SIGNATORY;
        }
    }

    /**
     * Deposited a binding instrument; not bound as of the date.
     *
     * @param boundFrom the (authoritative) date it will be bound, {@code null} while undetermined
     */
    record ContractingNotYetBound(String state, LocalDate signedOn, RecordedInstrument instrument, LocalDate boundFrom,
                                  PartyDates dates) implements PartyStatus {
        /** Dates from the instrument's recorded date and {@code boundFrom} taken as the computed one. */
        public ContractingNotYetBound(String state, LocalDate signedOn, RecordedInstrument instrument, LocalDate boundFrom) {
            this(state, signedOn, instrument, boundFrom, defaults(instrument, boundFrom));
        }

        @Override
        public PartyStanding standing() {
            return PartyStanding.CONTRACTING_NOT_YET_BOUND;
        }
    }

    /**
     * @param boundFrom          the (authoritative) date it is bound since
     * @param initialParty       the computed date makes it one of the treaty's first parties (bound from its entry into force)
     * @param denunciationEffect a deposited denunciation's future effect date, {@code null} if none
     */
    record Bound(String state, LocalDate signedOn, RecordedInstrument instrument, LocalDate boundFrom, boolean initialParty,
                 LocalDate denunciationEffect, PartyDates dates) implements PartyStatus {
        /** Dates from the instrument's recorded date and {@code boundFrom} taken as the computed one. */
        public Bound(String state, LocalDate signedOn, RecordedInstrument instrument, LocalDate boundFrom,
                     boolean initialParty, LocalDate denunciationEffect) {
            this(state, signedOn, instrument, boundFrom, initialParty, denunciationEffect, defaults(instrument, boundFrom));
        }

        @Override
        public PartyStanding standing() {
            return PartyStanding.BOUND;
        }
    }

    /**
     * @param boundFrom          when it had been bound, {@code null} if it denounced before being bound
     * @param denunciationEffect the date its denunciation took effect
     */
    record Denounced(String state, LocalDate signedOn, RecordedInstrument instrument, LocalDate boundFrom,
                     RecordedInstrument denunciation, LocalDate denunciationEffect, PartyDates dates) implements PartyStatus {
        /** Dates from the instrument's recorded date and {@code boundFrom} taken as the computed one. */
        public Denounced(String state, LocalDate signedOn, RecordedInstrument instrument, LocalDate boundFrom,
                         RecordedInstrument denunciation, LocalDate denunciationEffect) {
            this(state, signedOn, instrument, boundFrom, denunciation, denunciationEffect, defaults(instrument, boundFrom));
        }

        @Override
        public PartyStanding standing() {
            return PartyStanding.DENOUNCED;
        }
    }

    private static PartyDates defaults(RecordedInstrument instrument, LocalDate computed) {
        return PartyDates.of(instrument == null ? null : instrument.recordedEntryIntoForce(), computed, null);
    }
}
