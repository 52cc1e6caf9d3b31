package io.ipaccord.contracts.event;

import java.util.Optional;

import io.ipaccord.contracts.ChangeType;

/** CloudEvents {@code type} values published on {@link io.ipaccord.contracts.Topics#EVENTS}; the data is {@link EventData}. */
public enum EventChangeType implements ChangeType {
    SCHEDULED("io.ipaccord.event.scheduled.v1"),
    /** Facts, participants, attendance figures or children changed. */
    UPDATED("io.ipaccord.event.updated.v1"),
    CANCELLED("io.ipaccord.event.cancelled.v1"),
    /** Carries the last state; a tombstone (null value, same key) follows so compaction forgets the event. */
    REMOVED("io.ipaccord.event.removed.v1");

    private final String ceType;

    EventChangeType(String ceType) {
        this.ceType = ceType;
    }

    @Override
    public String ceType() {
        return ceType;
    }

    @Override
    public Class<EventData> dataType() {
        return EventData.class;
    }

    public static Optional<EventChangeType> fromCeType(String ceType) {
        return ChangeType.fromCeType(EventChangeType.class, ceType);
    }
}
