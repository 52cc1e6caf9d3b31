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

    /** Bound since (bound, denounced after being bound) or from (not yet bound, once determined), else {@code null}. */
    default LocalDate boundFrom() {
        return null;
    }

    /** A denunciation's effect date, pending (bound) or reached (denounced), else {@code null}. */
    default LocalDate denunciationEffect() {
        return null;
    }

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
     * @param boundFrom the date it will be bound, {@code null} while the treaty's entry into force is undetermined
     */
    record ContractingNotYetBound(String state, LocalDate signedOn, RecordedInstrument instrument, LocalDate boundFrom)
            implements PartyStatus {
        @Override
        public PartyStanding standing() {
            return PartyStanding.CONTRACTING_NOT_YET_BOUND;
        }
    }

    /**
     * @param boundFrom          the date it is bound since
     * @param initialParty       bound from the treaty's own entry into force (one of its first parties)
     * @param denunciationEffect a deposited denunciation's future effect date, {@code null} if none
     */
    record Bound(String state, LocalDate signedOn, RecordedInstrument instrument, LocalDate boundFrom, boolean initialParty,
                 LocalDate denunciationEffect) implements PartyStatus {
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
                     RecordedInstrument denunciation, LocalDate denunciationEffect) implements PartyStatus {
        @Override
        public PartyStanding standing() {
            return PartyStanding.DENOUNCED;
        }
    }
}
