package io.ipaccord.gateway.instrument;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Determination")
@Description("What a deposit, correction or withdrawal determined; the same facts are published on Kafka.")
public record Determination(
        @NonNull DeterminationKind kind,
        String act,
        @Id @Description("PARTY_BOUND, DENUNCIATION_EFFECTIVE: the state.") String state,
        @NonNull LocalDate date,
        @Id String instrumentId,
        @Description("TREATY_IN_FORCE: the states bound from `date`.") List<@NonNull String> parties) {

    static Determination from(io.ipaccord.contracts.treaty.api.Determination data) {
        return new Determination(DeterminationKind.of(data.kind()), data.act(), data.state(), data.date(),
                data.instrumentId() == null ? null : String.valueOf(data.instrumentId()),
                data.parties() == null ? null : List.copyOf(data.parties()));
    }
}
