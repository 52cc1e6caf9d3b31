package io.ipaccord.treaty.evaluation;

import java.time.LocalDate;
import java.util.Map;

import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyStatus;

/**
 * A treaty's status as of a date, as its {@link TreatyData} carries it: an {@link Evaluation} without the
 * memberships, which is what treaty-service stores per interval of dates.
 *
 * @param acts       by Act code, for the Acts with a rule of their own
 * @param partyCount states bound as of the date (by the treaty or by any of its Acts)
 */
public record TreatyState(LocalDate asOf, TreatyStatus status, TreatyData.EntryIntoForce entryIntoForce,
        Map<String, Evaluation.ActEvaluation> acts, int partyCount) {

    /** The same state as of another date. */
    public TreatyState at(LocalDate date) {
        return new TreatyState(date, status, entryIntoForce, acts, partyCount);
    }
}
