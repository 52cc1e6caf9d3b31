package io.ipaccord.gateway.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.graphql.PageInfo;

@Type("EventConnection")
@Description("One page of events.")
public record EventConnection(
        @NonNull List<@NonNull EventEdge> edges,
        @NonNull @Description("The events of this page, without cursors.") List<@NonNull Event> nodes,
        @NonNull PageInfo pageInfo,
        @Description("How many events match the filter, over all pages.") int totalCount) {
}
