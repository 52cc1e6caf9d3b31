package io.ipaccord.gateway.instrument;

import io.ipaccord.contracts.treaty.TreatyActionChangeType;

/** One event of {@link io.ipaccord.contracts.Topics#TREATY_ACTIONS}, as the gateway's subscriptions use it. */
sealed interface TreatyAction {

    /** An instrument was deposited, corrected or withdrawn. */
    record InstrumentChanged(TreatyActionChangeType type, Instrument instrument) implements TreatyAction {
    }

    /** A treaty entered into force, or a state is bound, from a date. */
    record Determined(EntryIntoForce entryIntoForce) implements TreatyAction {
    }
}
