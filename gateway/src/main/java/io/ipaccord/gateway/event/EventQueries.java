package io.ipaccord.gateway.event;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.error.NotFoundException;
import io.ipaccord.gateway.graphql.PageRequest;
import jakarta.inject.Inject;

/** The event queries, forwarded to event-service. */
@GraphQLApi
public class EventQueries {

    @Inject Backend<EventServiceClient> eventService;
    @Inject EventLookup events;

    @Query("events")
    @Description("Events matching a filter, one page at a time.")
    public EventConnection events(EventFilter filter,
            @DefaultValue("START_DATE") EventSort sort,
            @DefaultValue("50") @Description("Page size, 1 to 500.") Integer first,
            @Description("`endCursor` (or any edge's `cursor`) of the previous page.") String after) {
        PageRequest request = PageRequest.of(first, after, EventServiceClient.MAX_PAGE);
        return EventConnection.from(events.page(filter == null ? null : filter.normalized(), sort, request.fetch(),
                request.backendAfter()), request.start());
    }

    @Query("event")
    @Description("The event with this id (e.g. EV-2012-AVP-DC), or null if there is none.")
    public Event event(@Id @NonNull String id) {
        try {
            return Event.from(eventService.read("get", client -> client.get(id.trim())));
        } catch (NotFoundException unknown) {
            return null;
        }
    }
}
