package io.ipaccord.treaty.engine;

import java.time.LocalDate;

/** One state's position as of a date; {@link #standing()} lets callers switch on it. */
public sealed interface PartyStatus {

    String state();

    PartyStanding standing();

    /** First signature date, {@code null} if it never signed. */
    LocalDate signedOn();

    /** Signed, no binding instrument. */
    record Signatory(String state, LocalDate signedOn) implements PartyStatus {
        @Override
        public PartyStanding standing() {
            return PartyStanding.SIGNATORY;
        }
    }

    /**
     * Deposited a binding instrument; not bound as of the date.
     *
     * @param expectedFrom the date it will be bound, {@code null} while the treaty's entry into force is undetermined
     */
    record ContractingNotYetBound(String state, LocalDate signedOn, Instrument instrument, LocalDate expectedFrom)
            implements PartyStatus {
        @Override
        public PartyStanding standing() {
            return PartyStanding.CONTRACTING_NOT_YET_BOUND;
        }
    }

    /**
     * @param initialParty          bound from the treaty's own entry into force (one of its first parties)
     * @param denunciationEffective a deposited denunciation's future effect date, {@code null} if none
     */
    record Bound(String state, LocalDate signedOn, Instrument instrument, LocalDate since, boolean initialParty,
                 LocalDate denunciationEffective) implements PartyStatus {
        @Override
        public PartyStanding standing() {
            return PartyStanding.BOUND;
        }
    }

    /** @param boundSince when it had been bound, {@code null} if it denounced before being bound */
    record Denounced(String state, LocalDate signedOn, Instrument instrument, LocalDate boundSince,
                     Instrument denunciation, LocalDate effectiveFrom) implements PartyStatus {
        @Override
        public PartyStanding standing() {
            return PartyStanding.DENOUNCED;
        }
    }
}
