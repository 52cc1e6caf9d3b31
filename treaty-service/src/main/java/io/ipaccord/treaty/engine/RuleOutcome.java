package io.ipaccord.treaty.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ipaccord.contracts.treaty.TreatyStatus;

/**
 * The engine's answer for one rule (a treaty's or an Act's) as of one date.
 *
 * @param status         ADOPTED (no entry into force determined), NOT_YET_IN_FORCE (determined, not reached) or
 *                       IN_FORCE; the engine knows nothing of adoption dates, so never NOT_YET_ADOPTED
 * @param entryIntoForce the initial entry into force if determined as of {@code asOf} (it may lie after
 *                       {@code asOf}: count completed, delay still running), otherwise {@code null}
 * @param parties        one entry per state with a signature or binding instrument on record, by state code
 * @param warnings       data the engine had to work around (missing notification date, ignored named date...)
 * @param nextChange     the earliest date after {@code asOf} from which the outcome may differ (an instrument comes
 *                       on record, the entry into force or a party's bound date or denunciation effect is reached),
 *                       {@code null} when nothing after {@code asOf} can change it: evaluating at each such date
 *                       gives the outcome for every date
 */
public record RuleOutcome(
        String treatyCode,
        String act,
        LocalDate asOf,
        TreatyStatus status,
        EntryIntoForce entryIntoForce,
        List<PartyStatus> parties,
        List<String> warnings,
        LocalDate nextChange) {

    public RuleOutcome {
        parties = List.copyOf(parties);
        warnings = List.copyOf(warnings);
    }

    public boolean inForce() {
        return status == TreatyStatus.IN_FORCE;
    }

    public Optional<LocalDate> entryIntoForceDate() {
        return Optional.ofNullable(entryIntoForce).map(EntryIntoForce::date);
    }

    public Optional<PartyStatus> party(String state) {
        return parties.stream().filter(p -> p.state().equals(state)).findFirst();
    }
}
