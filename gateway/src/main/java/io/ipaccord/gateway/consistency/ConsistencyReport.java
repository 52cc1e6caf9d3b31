package io.ipaccord.gateway.consistency;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.membership.Discrepancy;

/** treaty-service's {@link io.ipaccord.contracts.treaty.api.ConsistencyReport}, mapped once in {@link #from}. */
@Type("ConsistencyReport")
@Description("How the engine's computed entry-into-force dates compare with the depositary's recorded ones, for one"
        + " treaty or for all: counts, and the parties behind each discrepancy reason.")
public record ConsistencyReport(
        @Id @Description("The treaty; null for the overall report.") String treatyCode,
        @NonNull @Description("The standings compared are those as of this date.") LocalDate asOf,
        @NonNull ConsistencySummary summary,
        @NonNull @Description("Every discrepancy reason that occurs, by count (then name), with its parties. At most"
                + " 16 (query cost).")
        List<@NonNull ReasonGroup> reasons,
        @NonNull @Description("The overall report's summaries per treaty, by treaty code; empty in a treaty's"
                + " report. At most 31 (query cost).") List<@NonNull TreatyConsistency> treaties) {

    @Type("DiscrepancyGroup")
    @Description("One discrepancy reason and the parties it explains.")
    public record ReasonGroup(@NonNull Discrepancy reason, int count,
            @NonNull @Description("By treaty, then party code. At most 250 (query cost).")
            List<@NonNull PartyDates> parties) {
    }

    @Type("PartyDates")
    @Description("One party's recorded and computed entry into force in one treaty (or Act); `party` resolves the"
            + " code.")
    public record PartyDates(@Id @NonNull String treatyCode, String act, @Id @NonNull String partyCode,
            @Description("The depositary's date.") LocalDate recorded,
            @Description("The engine's date.") LocalDate computed) {
    }

    @Type("TreatyConsistency")
    @Description("One treaty's line of the overall report.")
    public record TreatyConsistency(@Id @NonNull String treatyCode,
            @Description("What the treaty's later-party clock runs from: DEPOSIT, NOTIFICATION, or ACTS for a Union"
                    + " table mixing Acts with different clocks; null when its rule has no later-party delay.") String clock,
            @NonNull ConsistencySummary summary) {
    }

    public static ConsistencyReport from(io.ipaccord.contracts.treaty.api.ConsistencyReport data) {
        return new ConsistencyReport(data.treaty(), data.asOf(), ConsistencySummary.from(data.summary()),
                data.reasons() == null ? List.of() : data.reasons().stream()
                        .map(g -> new ReasonGroup(Discrepancy.of(g.reason()), g.count(),
                                g.parties() == null ? List.of() : g.parties().stream()
                                        .map(p -> new PartyDates(p.treaty(), p.act(), p.party(), p.recorded(),
                                                p.computed()))
                                        .toList()))
                        .toList(),
                data.treaties() == null ? List.of() : data.treaties().stream()
                        .map(t -> new TreatyConsistency(t.treaty(), t.clock(), ConsistencySummary.from(t.summary())))
                        .toList());
    }
}
