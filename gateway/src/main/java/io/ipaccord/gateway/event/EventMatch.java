package io.ipaccord.gateway.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.ipaccord.contracts.event.EventData;

/** One answer of event-service's GET /events/search: the event and its PostgreSQL {@code ts_rank}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventMatch(EventData event, double rank) {
}
