package io.ipaccord.treaty.engine;

import java.time.LocalDate;

import io.ipaccord.contracts.treaty.PartyStanding;

/** One state's position as of a date; {@link #standing()} lets callers switch on it. */
public sealed interface PartyStatus {

    String state();

    PartyStanding standing();

    /** First signature date, {@code null} if it never signed. */
    LocalDate signedOn();

    /** The instrument that makes it a contracting party, {@code null} for a signatory. */
    RecordedInstrument instrument();

    /** Bound since (bound, denounced after being bound) or from (not yet bound, once determined), else {@code null}. */
    LocalDate boundFrom();

    /** A denunciation's effect date, pending (bound) or reached (denounced), else {@code null}. */
    LocalDate denunciationEffect();

    /** Signed, no binding instrument. */
    record Signatory(String state, LocalDate signedOn) implements PartyStatus {
        @Override
        public PartyStanding standing() {
            return PartyStanding.SIGNATORY;
        }

        @Override
        public RecordedInstrument instrument() {
            return null;
        }

        @Override
        public LocalDate boundFrom() {
            return null;
        }

        @Override
        public LocalDate denunciationEffect() {
            return null;
        }
    }

    /**
     * Deposited a binding instrument; not bound as of the date.
     *
     * @param expectedFrom the date it will be bound, {@code null} while the treaty's entry into force is undetermined
     */
    record ContractingNotYetBound(String state, LocalDate signedOn, RecordedInstrument instrument, LocalDate expectedFrom)
            implements PartyStatus {
        @Override
        public PartyStanding standing() {
            return PartyStanding.CONTRACTING_NOT_YET_BOUND;
        }

        @Override
        public LocalDate boundFrom() {
            return expectedFrom;
        }

        @Override
        public LocalDate denunciationEffect() {
            return null;
        }
    }

    /**
     * @param initialParty          bound from the treaty's own entry into force (one of its first parties)
     * @param denunciationEffective a deposited denunciation's future effect date, {@code null} if none
     */
    record Bound(String state, LocalDate signedOn, RecordedInstrument instrument, LocalDate since, boolean initialParty,
                 LocalDate denunciationEffective) implements PartyStatus {
        @Override
        public PartyStanding standing() {
            return PartyStanding.BOUND;
        }

        @Override
        public LocalDate boundFrom() {
            return since;
        }

        @Override
        public LocalDate denunciationEffect() {
            return denunciationEffective;
        }
    }

    /** @param boundSince when it had been bound, {@code null} if it denounced before being bound */
    record Denounced(String state, LocalDate signedOn, RecordedInstrument instrument, LocalDate boundSince,
                     RecordedInstrument denunciation, LocalDate effectiveFrom) implements PartyStatus {
        @Override
        public PartyStanding standing() {
            return PartyStanding.DENOUNCED;
        }

        @Override
        public LocalDate boundFrom() {
            return boundSince;
        }

        @Override
        public LocalDate denunciationEffect() {
            return effectiveFrom;
        }
    }
}
