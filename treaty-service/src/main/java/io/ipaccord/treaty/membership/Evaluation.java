package io.ipaccord.treaty.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyStatus;

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

    /** States bound as of the date (by the treaty or by any of its Acts). */
    public int partyCount() {
        return (int) memberships.stream().filter(m -> Membership.BOUND.equals(m.status())).map(Membership::state).distinct().count();
    }

    public boolean binds(String state) {
        return memberships.stream().anyMatch(m -> Membership.BOUND.equals(m.status()) && m.state().equals(state));
    }
}
