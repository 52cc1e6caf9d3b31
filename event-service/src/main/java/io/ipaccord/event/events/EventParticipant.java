package io.ipaccord.event.events;

import io.ipaccord.contracts.event.OrganisationType;
import io.ipaccord.contracts.event.ParticipantKind;
import io.ipaccord.contracts.event.ParticipantRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An organisation or person taking part in an event, in a role. Part of the event aggregate. */
@Entity
@Table(name = "event_participant")
public class EventParticipant extends EventPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantKind kind;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type")
    public OrganisationType organisationType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantRole role;

    public String title;

    public String affiliation;

    public String source;

    public String note;

    /** A meeting's delegation that is a party: the state's or the organisation's code; null for a named entity. */
    @Column(name = "party_code", columnDefinition = "bpchar(2)")
    public String partyCode;

    /** A meeting's delegation: member, observer or the report's wording. */
    public String capacity;
}
