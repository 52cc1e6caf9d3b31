package io.ipaccord.treaty.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.ipaccord.contracts.treaty.PartyStanding;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.contracts.treaty.api.Membership;

/**
 * A treaty as of a date: its status, its entry into force, those of its Acts with a rule of their own, and
 * every state's standing.
 *
 * @param acts        by Act code, for the Acts with a rule of their own
 * @param memberships ordered by bound date (undetermined last), then state
 */
public record Evaluation(String treaty, LocalDate asOf, TreatyStatus status, TreatyData.EntryIntoForce entryIntoForce,
        Map<String, ActEvaluation> acts, List<Membership> memberships) {

    public record ActEvaluation(TreatyStatus status, TreatyData.EntryIntoForce entryIntoForce) {
    }

    /** What the treaty's own data carries of it: everything but the memberships. */
    public TreatyState state() {
        return new TreatyState(asOf, status, entryIntoForce, acts, partyCount());
    }

    /** States bound as of the date (by the treaty or by any of its Acts). */
    public int partyCount() {
        return (int) memberships.stream().filter(m -> m.status() == PartyStanding.BOUND).map(Membership::state).distinct().count();
    }

    public boolean binds(String state) {
        return memberships.stream().anyMatch(m -> m.status() == PartyStanding.BOUND && m.state().equals(state));
    }
}
