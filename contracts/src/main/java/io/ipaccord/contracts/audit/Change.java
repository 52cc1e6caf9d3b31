package io.ipaccord.contracts.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One change of an aggregate in its history ({@code GET /member-states/{code}/history} and the like), oldest first:
 * when, who (as in the CloudEvents extension {@code ipaccordactor} of its event), the event's type and id, and the
 * event's data as published (the full new state; on a treaty's actions, the instrument or the determination).
 */
public record Change(OffsetDateTime at, String actor, String type, String eventId, Map<String, Object> data) {
}
