package io.ipaccord.gateway.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.gateway.graphql.BackendPage;
import io.ipaccord.gateway.graphql.PageCursor;
import io.ipaccord.gateway.graphql.PageInfo;
import io.ipaccord.gateway.graphql.PageRequest;

@Type("EventConnection")
@Description("One page of events.")
public record EventConnection(
        @NonNull List<@NonNull EventEdge> edges,
        @NonNull @Description("The events of this page, without cursors.") List<@NonNull Event> nodes,
        @NonNull PageInfo pageInfo,
        @Description("How many events match the filter, over all pages.") int totalCount) {

    /** event-service's page as seen from {@code start}. */
    static EventConnection from(BackendPage<EventData> page, PageCursor start) {
        return PageRequest.connection(page, start, (cursor, data) -> new EventEdge(cursor, Event.from(data)),
                EventEdge::cursor, (edges, pageInfo, totalCount) -> new EventConnection(edges,
                        edges.stream().map(EventEdge::node).toList(), pageInfo, totalCount));
    }
}
