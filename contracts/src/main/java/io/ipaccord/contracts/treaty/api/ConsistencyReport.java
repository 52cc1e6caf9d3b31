package io.ipaccord.contracts.treaty.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.ipaccord.contracts.treaty.DateDiscrepancy;

/**
 * How the engine's computed entry-into-force dates compare with the depositary's recorded ones, for one treaty
 * ({@code GET /treaties/{code}/consistency}) or for all ({@code GET /consistency}, with one summary per treaty).
 *
 * @param treaty   the treaty, null for the overall report
 * @param asOf     the standings compared are those as of this date
 * @param summary  the counts
 * @param reasons  every discrepancy reason that occurs, by count (then name), with the parties behind it
 * @param treaties the overall report's per-treaty summaries, by treaty code; empty in a treaty's own report
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsistencyReport(
        String treaty,
        LocalDate asOf,
        ConsistencySummary summary,
        List<ReasonGroup> reasons,
        List<TreatySummary> treaties) {

    /**
     * @param reason  the cause
     * @param count   how many parties it explains
     * @param parties those parties, by treaty then party code
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReasonGroup(DateDiscrepancy reason, int count, List<PartyDates> parties) {
    }

    /** One party's two dates. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PartyDates(String treaty, String act, String party, LocalDate recorded, LocalDate computed) {
    }

    /**
     * @param treaty the treaty code
     * @param clock  what the treaty's later-party clock runs from: DEPOSIT, NOTIFICATION, ACTS (a Union table mixing
     *               Acts: from deposit under the latest Act, from notification under older ones), or null when its
     *               rule has no later-party delay
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TreatySummary(String treaty, String clock, ConsistencySummary summary) {
    }
}
