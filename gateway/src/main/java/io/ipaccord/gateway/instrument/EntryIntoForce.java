package io.ipaccord.gateway.instrument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EntryIntoForce")
@Description("An entry-into-force notification, as treaty-service published it when a deposit determined it.")
public record EntryIntoForce(
        @NonNull EntryIntoForceKind kind,
        @Id @NonNull @Description("The treaty's code.") String treaty,
        @Description("TREATY: the Act with a rule of its own; PARTY: the Act the state's instrument is under.")
        String act,
        @Id @Description("PARTY: the state bound.") String state,
        @Description("TREATY: the states bound from `date`.") List<@NonNull String> parties,
        @NonNull @Description("In force (TREATY) or bound (PARTY) from this date.") LocalDate date,
        @Id @Description("TREATY: the instrument that completed the count; PARTY: the state's instrument.")
        String instrumentId,
        @Id @NonNull @Description("The CloudEvents id: unique per notification, the same on redelivery.")
        String eventId,
        @NonNull @Description("When it was published.") Instant time) {
}
