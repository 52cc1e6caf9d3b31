package io.ipaccord.gateway.history;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.audit.Change;

/** One change of a party, treaty or event, from the owning service's history ({@code contracts.audit.Change}). */
@Type("HistoryEntry")
@Description("One change, as the owning service recorded it with its event: when, who, what.")
public record HistoryEntry(
        @NonNull @Description("When the change was made.") OffsetDateTime at,
        @NonNull @Description("Who made it: the subject of the writer's token; 'seed' for the curated seed data,"
                + " 'system' for what a service did by itself.") String actor,
        @NonNull @Description("The event type (CloudEvents type), e.g. io.ipaccord.member-state.registered.v1.") String type,
        @Id @NonNull @Description("The event's id (ce_id) on Kafka.") String eventId,
        @NonNull @Description("The event's data as JSON text: the full new state (for a treaty's actions, the"
                + " instrument or the determination).") String data) {

    static HistoryEntry from(Change change, ObjectMapper json) {
        try {
            return new HistoryEntry(change.at(), change.actor(), change.type(), change.eventId(),
                    json.writeValueAsString(change.data()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
