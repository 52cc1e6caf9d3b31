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

/** Also the JSON body of event-service's POST /events: same names, same meaning. */
@Input("ScheduleEventInput")
@Description("A new event, possibly with its first participants and attendance figures.")
public record ScheduleEventInput(
        @Id @Description("EV- then letters, digits and '-'; generated (EV- and a UUID) when omitted.") String id,
        @NonNull EventType type,
        @NonNull String title,
        String summary,
        @NonNull LocalDate startDate,
        @Description("Not before startDate; omit for a single-day event.") LocalDate endDate,
        String city,
        String region,
        @Id @Description("A known member state's ISO 3166-1 alpha-2 code.") String hostCountry,
        String venue,
        @Description("PLANNED (default) or HELD; cancel with cancelEvent.") EventStatus status,
        List<String> organisers,
        @Description("An existing series by code, or a new one with its name.") EventSeriesInput series,
        @Id @Description("The event this one is part of.") String parentId,
        @Description("Known treaty codes.") List<String> relatedTreaties,
        @Description("Known member-state codes, besides the host.") List<String> relatedStates,
        @Description("Where the facts come from.") List<String> sources,
        @Description("Defaults to NO.") Verification verified,
        String notes,
        List<ParticipantInput> participants,
        List<AttendanceInput> attendance) {
}
