package io.ipaccord.gateway.consistency;

import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.membership.Discrepancy;

@Type("ConsistencySummary")
@Description("How many parties' computed entry-into-force dates agree with the depositary's recorded ones.")
public record ConsistencySummary(
        @Description("Parties with an instrument that makes them one (signatories are not counted).") int parties,
        @Description("Parties with both a recorded and a computed date.") int compared,
        @Description("Of those, the ones whose two dates are equal.") int agreeing,
        @Description("agreeing / compared, from 0 to 1; 1 when nothing is compared.") double agreement,
        @NonNull @Description("Parties per discrepancy reason (only the reasons that occur), most first. At"
                + " most 16 (query cost).")
        List<@NonNull ReasonCount> byReason) {

    @Type("ReasonCount")
    @Description("How many parties one discrepancy reason explains.")
    public record ReasonCount(@NonNull Discrepancy reason, int count) {
    }

    public static ConsistencySummary from(io.ipaccord.contracts.treaty.api.ConsistencySummary data) {
        if (data == null) {
            return null;
        }
        List<ReasonCount> byReason = data.byReason() == null ? List.of() : data.byReason().entrySet().stream()
                .map(e -> new ReasonCount(Discrepancy.of(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(ReasonCount::count).reversed()
                        .thenComparing(r -> r.reason().name()))
                .toList();
        return new ConsistencySummary(data.parties(), data.compared(), data.agreeing(), data.agreement(), byReason);
    }
}
