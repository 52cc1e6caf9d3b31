package io.ipaccord.event.events;

import io.ipaccord.contracts.event.AttendanceMeasure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One attendance figure as one source gives it. Part of the event aggregate. */
@Entity
@Table(name = "event_attendance")
public class EventAttendance extends EventPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceMeasure measure;

    @Column(nullable = false)
    public long value;

    @Column(nullable = false)
    public String source;

    public String note;
}
