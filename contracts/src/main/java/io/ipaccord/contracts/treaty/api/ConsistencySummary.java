package io.ipaccord.contracts.treaty.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.ipaccord.contracts.treaty.DateDiscrepancy;

/**
 * Counts of a consistency report (see {@link ConsistencyReport}).
 *
 * @param parties   parties with an instrument that makes them one (signatories are not counted)
 * @param compared  parties with both a recorded and a computed date
 * @param agreeing  of those, the ones whose two dates are equal
 * @param agreement {@code agreeing / compared}, from 0 to 1; 1 when nothing is compared
 * @param byReason  parties per discrepancy reason (only the reasons that occur)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsistencySummary(int parties, int compared, int agreeing, double agreement,
                                 Map<DateDiscrepancy, Integer> byReason) {
}
