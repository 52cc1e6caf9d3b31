package io.ipaccord.gateway.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;
import io.ipaccord.gateway.memberstate.Verification;

/**
 * An event as event-service holds it. {@code host}, {@code relatedTreaties}, {@code relatedStates}, {@code parent}
 * and {@code children} are resolved, batched, by {@link EventFields}.
 */
@Type("Event")
@Description("A visit, forum, roundtable, conference, ceremony or session, with its participants, attendance figures"
        + " (one per source) and the treaties and states it concerns.")
public record Event(
        @Id @NonNull @Description("E.g. EV-2012-AVP-DC.") String id,
        @NonNull EventType type,
        @NonNull String title,
        String summary,
        @NonNull LocalDate startDate,
        @NonNull @Description("Equal to startDate for a single-day event.") LocalDate endDate,
        @Description("As the sources give it; an itinerary may name several: Nanchang; Jingdezhen; Beijing.") String city,
        String region,
        @Id @Description("ISO 3166-1 alpha-2 code of the member state the event took place in; `host` resolves it.")
        String hostCountry,
        String venue,
        @NonNull EventStatus status,
        @NonNull @Description("Who convened, hosted or organised it, worded as the sources word it.")
        List<@NonNull String> organisers,
        @Description("The recurring series it belongs to.") EventSeries series,
        @Id @Description("The event this one was part of; `parent` resolves it.") String parentId,
        @NonNull @Description("The events that were part of this one, by start date; `children` resolves them.")
        List<@NonNull String> childIds,
        @NonNull @Description("Who took part: organisations and people with their roles. At most 250 (query cost).")
        List<@NonNull Participant> participants,
        @NonNull @Description("Attendance figures, each with its source; sources may disagree, every figure is kept.")
        List<@NonNull Attendance> attendance,
        @NonNull @Description("Codes of the treaties it concerns; `relatedTreaties` resolves them.")
        List<@NonNull String> relatedTreatyCodes,
        @NonNull @Description("Codes of the states it concerns besides the host; `relatedStates` resolves them.")
        List<@NonNull String> relatedStateCodes,
        @NonNull @Description("Where the facts come from.") List<@NonNull String> sources,
        @NonNull Verification verified,
        @Description("Caveats on the facts, e.g. an inferred date.") String notes,
        @Description("Increases by one with every change, participants, figures and children included.") int version,
        Instant updatedAt,
        @Description("For a WIPO meeting (committee session, Assemblies, working group, diplomatic conference): its body,"
                + " session, document and the counts its report prints beside the names listed; null for other events.")
        Meeting meeting) {

    public static Event from(EventData data) {
        return new Event(data.id(), EventType.valueOf(data.type()), data.title(), data.summary(), data.startDate(),
                data.endDate() != null ? data.endDate() : data.startDate(), data.city(), data.region(),
                data.hostCountry(), data.venue(), EventStatus.valueOf(data.status()), copy(data.organisers()),
                EventSeries.from(data.series()), data.parentId(), copy(data.childIds()),
                data.participants() == null ? List.of() : data.participants().stream().map(Participant::from).toList(),
                data.attendance() == null ? List.of() : data.attendance().stream().map(Attendance::from).toList(),
                copy(data.relatedTreaties()), copy(data.relatedStates()), copy(data.sources()),
                Verification.fromJsonOrNo(data.verified()), data.notes(), Math.toIntExact(data.version()),
                data.updatedAt(), Meeting.from(data.meeting()));
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
