package io.ipaccord.gateway.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.ipaccord.contracts.security.Roles;
import io.ipaccord.gateway.auth.Caller;
import io.ipaccord.gateway.backend.Backend;
import jakarta.inject.Inject;

/** The event mutations, forwarded to event-service (never retried). */
@GraphQLApi
public class EventMutations {

    @Inject Backend<EventServiceClient> eventService;
    @Inject Caller caller;

    @Mutation("scheduleEvent")
    @Description("Role: editor. Schedules (or records) an event. Errors: VALIDATION (extensions.fields; also an unknown or removed"
            + " hostCountry, relatedStates[i], relatedTreaties[i], an unknown parentId), CONFLICT (id taken).")
    public Event scheduleEvent(@NonNull ScheduleEventInput input) {
        caller.require(Roles.EDITOR);
        return Event.from(eventService.write("schedule", client -> client.schedule(input)));
    }

    @Mutation("updateEvent")
    @Description("Role: editor. Replaces the facts of an event (participants and figures are kept). Errors: VALIDATION, NOT_FOUND.")
    public Event updateEvent(@Id @NonNull String id, @NonNull UpdateEventInput input) {
        caller.require(Roles.EDITOR);
        return Event.from(eventService.write("update", client -> client.update(id.trim(), input)));
    }

    @Mutation("cancelEvent")
    @Description("Role: editor. Cancels an event (status CANCELLED). Errors: NOT_FOUND, CONFLICT if it is already cancelled.")
    public Event cancelEvent(@Id @NonNull String id) {
        caller.require(Roles.EDITOR);
        return Event.from(eventService.write("cancel", client -> client.cancel(id.trim())));
    }

    @Mutation("addParticipant")
    @Description("Role: editor. Adds an organisation or a person to an event. Errors: VALIDATION, NOT_FOUND (no such event).")
    public Participant addParticipant(@Id @NonNull String eventId, @NonNull ParticipantInput input) {
        caller.require(Roles.EDITOR);
        return Participant.from(eventService.write("addParticipant",
                client -> client.addParticipant(eventId.trim(), input)));
    }
}
