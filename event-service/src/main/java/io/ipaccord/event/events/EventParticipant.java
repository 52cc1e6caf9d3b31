package io.ipaccord.event.events;

import io.ipaccord.contracts.event.OrganisationType;
import io.ipaccord.contracts.event.ParticipantKind;
import io.ipaccord.contracts.event.ParticipantRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An organisation or person taking part in an event, in a role. Part of the event aggregate. */
@Entity
@Table(name = "event_participant")
public class EventParticipant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

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
}
