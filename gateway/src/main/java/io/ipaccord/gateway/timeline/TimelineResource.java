package io.ipaccord.gateway.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.ipaccord.gateway.error.ValidationException;
import io.ipaccord.gateway.graphql.Codes;
import io.ipaccord.gateway.graphql.Parallel;
import jakarta.inject.Inject;

/** The timeline query: one chronological list over member-service, treaty-service and event-service. */
@GraphQLApi
public class TimelineResource {

    @Inject Timeline timeline;

    @Query("timeline")
    @Description("A party's (state's or organisation's) or a treaty's path (or a party's path in one treaty),"
            + " oldest first: WIPO membership,"
            + " adoption, instruments, entries into force, events. Null with an UNAVAILABLE error when one of the three"
            + " services cannot answer: a timeline is complete or absent. At most 500 (query cost).")
    public CompletionStage<List<@NonNull TimelineEntry>> timeline(
            @Id @Description("A party code: a state's ISO 3166-1 alpha-2 code (CN) or an organisation's WIPO"
                    + " ST.3 code (EU; its timeline has no WIPO membership).") String state,
            @Id @Description("A treaty's code, e.g. BEIJING.") String treaty,
            @Description("First day listed.") LocalDate from,
            @Description("Last day listed.") LocalDate to) {
        String stateCode = Codes.normalize(state);
        String treatyCode = Codes.normalize(treaty);
        if (stateCode == null && treatyCode == null) {
            throw ValidationException.of("state", "give a state, a treaty or both");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("to", "must not be before from (" + from + ")");
        }
        return Parallel.offload(() -> timeline.of(stateCode, treatyCode, from, to));
    }
}
