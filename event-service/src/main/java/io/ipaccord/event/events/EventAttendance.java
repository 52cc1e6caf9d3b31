package io.ipaccord.event.events;

import io.ipaccord.contracts.event.AttendanceMeasure;
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

/** One attendance figure as one source gives it. Part of the event aggregate. */
@Entity
@Table(name = "event_attendance")
public class EventAttendance extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceMeasure measure;

    @Column(nullable = false)
    public long value;

    @Column(nullable = false)
    public String source;

    public String note;
}
