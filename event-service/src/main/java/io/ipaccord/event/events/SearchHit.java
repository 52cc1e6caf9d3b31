package io.ipaccord.event.events;

import io.ipaccord.contracts.event.EventData;

/** A full-text match and its PostgreSQL {@code ts_rank} (title counts most, then summary, then the rest). */
public record SearchHit(EventData event, double rank) {
}
