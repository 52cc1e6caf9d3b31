package io.ipaccord.event.events;

import java.time.LocalDate;

import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;

/**
 * Criteria of an event listing; every null criterion matches all. {@code from}/{@code to}: events overlapping the
 * range; {@code state}: hosted by or related to the state; {@code organisation}: a participating organisation whose
 * name contains the text; {@code text}: in title or summary (case-insensitive).
 */
public record EventFilter(EventType type, LocalDate from, LocalDate to, String host, String treaty, String state,
        String organisation, String text, EventStatus status, String series) {
}
