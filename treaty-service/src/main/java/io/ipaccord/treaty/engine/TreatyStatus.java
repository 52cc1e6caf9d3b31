package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The engine's answer for one treaty (or Act) as of one date.
 *
 * @param entryIntoForce the initial entry into force if determined as of {@code asOf} (it may lie after
 *                       {@code asOf}: count completed, delay still running), otherwise {@code null}
 * @param parties        one entry per state with a signature or binding instrument on record, by state code
 * @param warnings       data the engine had to work around (missing notification date, ignored named date...)
 */
public record TreatyStatus(
        String treatyCode,
        String act,
        LocalDate asOf,
        TreatyPhase phase,
        EntryIntoForce entryIntoForce,
        List<PartyStatus> parties,
        List<String> warnings) {

    public TreatyStatus {
        parties = List.copyOf(parties);
        warnings = List.copyOf(warnings);
    }

    public boolean inForce() {
        return phase == TreatyPhase.IN_FORCE;
    }

    public Optional<LocalDate> entryIntoForceDate() {
        return Optional.ofNullable(entryIntoForce).map(EntryIntoForce::date);
    }

    public Optional<PartyStatus> party(String state) {
        return parties.stream().filter(p -> p.state().equals(state)).findFirst();
    }

    public List<PartyStatus> parties(PartyStanding standing) {
        return parties.stream().filter(p -> p.standing() == standing).toList();
    }
}
