package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.ipaccord.contracts.treaty.PartyStanding;

/** Shorthands for the engine's tests. */
public final class EngineFixtures {

    private EngineFixtures() {
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The records after a deposit: {@code recorded}, then {@code deposited}. */
    public static List<RecordedInstrument> plus(Collection<RecordedInstrument> recorded, RecordedInstrument deposited) {
        List<RecordedInstrument> all = new ArrayList<>(recorded);
        all.add(deposited);
        return all;
    }

    /** The parties of {@code outcome} with that standing, by state. */
    public static List<PartyStatus> parties(RuleOutcome outcome, PartyStanding standing) {
        return outcome.parties().stream().filter(p -> p.standing() == standing).toList();
    }
}
