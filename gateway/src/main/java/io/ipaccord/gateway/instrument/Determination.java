package io.ipaccord.gateway.instrument;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Also treaty-service's JSON for one determination of a write. */
@Type("Determination")
@Description("What a deposit, correction or withdrawal determined; the same facts are published on Kafka.")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Determination(
        @NonNull DeterminationKind kind,
        String act,
        @Id @Description("PARTY_BOUND, DENUNCIATION_EFFECTIVE: the state.") String state,
        @NonNull LocalDate date,
        @Id String instrumentId,
        @Description("TREATY_IN_FORCE: the states bound from `date`.") List<@NonNull String> parties) {
}
