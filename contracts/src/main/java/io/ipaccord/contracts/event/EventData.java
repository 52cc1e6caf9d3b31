package io.ipaccord.contracts.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The full state of an event (a visit, forum, roundtable, conference, ceremony, session...), as carried by every
 * record on the events topic and answered by event-service's REST API. Schema:
 * {@code META-INF/ipaccord/schemas/event.v1.json}.
 *
 * @param id               e.g. {@code EV-2012-AVP-DC}; the aggregate id and the record key
 * @param type             an {@link EventType} name
 * @param endDate          equal to {@code startDate} for a single-day event, never before it
 * @param city             as the sources give it; an itinerary may name several ("Nanchang; Jingdezhen; Beijing")
 * @param hostCountry      ISO 3166-1 alpha-2 code of the member state the event took place in, null when none
 * @param status           an {@link EventStatus} name
 * @param organisers       who convened, hosted or organised it, worded as the sources word it
 * @param series           the recurring series the event belongs to, null when none
 * @param parentId         the event this one was part of (e.g. the official visit a forum was opened during), or null
 * @param childIds         the events that were part of this one, by start date
 * @param participants     organisations and people with the role they had
 * @param attendance       attendance figures, each with its source: several sources may give different numbers
 * @param relatedTreaties  treaty codes (as on {@code ipaccord.treaties.v1})
 * @param relatedStates    member-state codes (as on {@code ipaccord.member-states.v1}) the event concerns, besides the host
 * @param verified         whether the facts were checked against their sources: yes, no or partial
 * @param notes            caveats on the facts, e.g. a date that is inferred
 * @param version          increases by one with every change of this event, its participants, figures and children included
 */
public record EventData(
        String id,
        String type,
        String title,
        String summary,
        LocalDate startDate,
        LocalDate endDate,
        String city,
        String region,
        String hostCountry,
        String venue,
        String status,
        List<String> organisers,
        Series series,
        String parentId,
        List<String> childIds,
        List<Participant> participants,
        List<Attendance> attendance,
        List<String> relatedTreaties,
        List<String> relatedStates,
        List<String> sources,
        String verified,
        String notes,
        long version,
        Instant updatedAt) {

    /** A recurring series, e.g. {@code INTL_COPYRIGHT_FORUM}, the International Copyright Forum. */
    public record Series(String code, String name, String description) {
    }

    /**
     * An organisation or a person taking part.
     *
     * @param kind             a {@link ParticipantKind} name
     * @param organisationType an {@link OrganisationType} name for an organisation when known, null for a person
     * @param role             a {@link ParticipantRole} name
     * @param title            a person's title or function, e.g. {@code Director General}
     * @param affiliation      the organisation a person speaks for, e.g. {@code WIPO}
     * @param source           where this participation is stated
     */
    public record Participant(long id, String kind, String name, String organisationType, String role, String title,
            String affiliation, String source, String note) {
    }

    /**
     * One attendance figure as one source gives it; figures of different sources are kept side by side.
     *
     * @param measure an {@link AttendanceMeasure} name
     * @param source  who gives the figure (a URL or the account named in the sources)
     * @param note    the source's wording, e.g. "more than 300 attendees"
     */
    public record Attendance(long id, String measure, long value, String source, String note) {
    }
}
