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
 * @param meeting          for a WIPO meeting (a committee session, Assemblies, a diplomatic conference...): its body, session,
 *                         document and the counts its report prints beside the names listed; null for other events
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
        Instant updatedAt,
        Meeting meeting) {

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
     * @param partyCode        for a meeting's delegation that is a party: the member state's ISO 3166-1 alpha-2 code or the
     *                         organisation's code (as on {@code ipaccord.member-states.v1} / {@code ipaccord.organisations.v1});
     *                         null for a named entity (a non-member or former state, an NGO, an organisation that is no party)
     * @param capacity         for a meeting's delegation: {@code member}, {@code observer} or the report's own wording
     *                         (e.g. {@code member capacity}); null otherwise
     */
    public record Participant(long id, String kind, String name, String organisationType, String role, String title,
            String affiliation, String source, String note, String partyCode, String capacity) {
    }

    /**
     * What makes an event a WIPO meeting, as its report gives it.
     *
     * @param meetingId              e.g. {@code MTG-SCCR-19}
     * @param body                   the body's document-code prefix, e.g. {@code SCCR}, {@code MM/LD/WG}, {@code A}, {@code DIPCONF}
     * @param session                the session number as printed, null for a one-off meeting
     * @param meetingType            the table's type: committee_session, assemblies, working_group, diplomatic_conference, other
     * @param documentCode           the report's document code, e.g. {@code SCCR/19/15}
     * @param format                 {@code hybrid}, {@code in_person} or {@code virtual} where a source says so, else null
     * @param memberStatesReported   the count the report prints after its list of members, null when none is printed
     * @param igosReported           the printed count of intergovernmental organisations, null when none
     * @param ngosReported           the printed count of non-governmental organisations, null when none
     * @param memberStatesListed     state delegations listed as members
     * @param observerStatesListed   state delegations listed as observers
     * @param memberOrganisationsListed organisations listed in a member capacity (the EU, OAPI...)
     * @param igosListed             intergovernmental organisations listed (any capacity)
     * @param ngosListed             non-governmental organisations listed
     * @param listStatus             a {@link MeetingListStatus} name
     * @param source                 the URL the meeting was read from
     * @param notes                  the table's notes on the meeting (inferences, cut lists, conflicting dates)
     */
    public record Meeting(String meetingId, String body, String session, String meetingType, String documentCode,
            String format, Integer memberStatesReported, Integer igosReported, Integer ngosReported,
            int memberStatesListed, int observerStatesListed, int memberOrganisationsListed, int igosListed,
            int ngosListed, String listStatus, String source, String notes) {
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
