package io.ipaccord.gateway.event;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;
import io.ipaccord.gateway.memberstate.Verification;

/** Also the JSON body of event-service's PUT /events/{id}: the full new facts, participants and figures aside. */
@Input("UpdateEventInput")
@Description("The new facts of an event; replaces them all (participants and attendance figures are kept).")
public record UpdateEventInput(
        @NonNull EventType type,
        @NonNull String title,
        String summary,
        @NonNull LocalDate startDate,
        @Description("Not before startDate; omit for a single-day event.") LocalDate endDate,
        String city,
        String region,
        @Id String hostCountry,
        String venue,
        @Description("Omit to keep the current status.") EventStatus status,
        List<String> organisers,
        EventSeriesInput series,
        @Id @Description("Neither the event itself nor one of its descendants.") String parentId,
        List<String> relatedTreaties,
        List<String> relatedStates,
        List<String> sources,
        Verification verified,
        String notes) {
}
