package io.ipaccord.event.events;

import io.ipaccord.contracts.event.MeetingListStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What makes an event a WIPO meeting (columns of {@code event}, all null for other events): the body, session and
 * document of its report, the counts the report prints and the names it lists, and how complete the list is.
 */
@Embeddable
public class EventMeeting {

    @Column(name = "meeting_id")
    public String meetingId;

    @Column(name = "meeting_body")
    public String body;

    @Column(name = "meeting_session")
    public String session;

    @Column(name = "meeting_type")
    public String meetingType;

    @Column(name = "meeting_document")
    public String documentCode;

    @Column(name = "meeting_format")
    public String format;

    @Column(name = "member_states_reported")
    public Integer memberStatesReported;

    @Column(name = "igos_reported")
    public Integer igosReported;

    @Column(name = "ngos_reported")
    public Integer ngosReported;

    @Column(name = "member_states_listed")
    public Integer memberStatesListed;

    @Column(name = "observer_states_listed")
    public Integer observerStatesListed;

    @Column(name = "member_orgs_listed")
    public Integer memberOrganisationsListed;

    @Column(name = "igos_listed")
    public Integer igosListed;

    @Column(name = "ngos_listed")
    public Integer ngosListed;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_list_status")
    public MeetingListStatus listStatus;

    @Column(name = "meeting_source")
    public String source;

    @Column(name = "meeting_notes")
    public String notes;
}
