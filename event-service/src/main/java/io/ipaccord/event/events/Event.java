package io.ipaccord.event.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;
import io.ipaccord.event.series.EventSeries;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An event: the aggregate root of its participants, attendance figures and links to treaties and states. */
@Entity
@Table(name = "event")
@BatchSize(size = 500)
public class Event extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventType type;

    @Column(nullable = false)
    public String title;

    public String summary;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    public String city;

    public String region;

    @Column(name = "host_country", columnDefinition = "bpchar(2)")
    public String hostCountry;

    public String venue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventStatus status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> organisers = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_code")
    public EventSeries series;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Event parent;

    @BatchSize(size = 500)
    @OneToMany(mappedBy = "parent")
    @OrderBy("startDate, id")
    public List<Event> children = new ArrayList<>();

    @BatchSize(size = 500)
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<EventParticipant> participants = new ArrayList<>();

    @BatchSize(size = 500)
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<EventAttendance> attendance = new ArrayList<>();

    @BatchSize(size = 500)
    @ElementCollection
    @CollectionTable(name = "event_treaty", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "treaty_code", nullable = false)
    public List<String> relatedTreaties = new ArrayList<>();

    @BatchSize(size = 500)
    @ElementCollection
    @CollectionTable(name = "event_state", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "state_code", nullable = false, columnDefinition = "bpchar(2)")
    public List<String> relatedStates = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> sources = new ArrayList<>();

    @Column(nullable = false)
    public String verified = "no";

    public String notes;

    /** Null unless the event is a WIPO meeting. */
    @Embedded
    public EventMeeting meeting;

    /** Feeds the generated {@code search_vector} column with what title and summary do not say. */
    @Column(name = "search_extra", nullable = false)
    public String searchExtra = "";

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
