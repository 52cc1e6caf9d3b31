package io.ipaccord.gateway.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EventEdge")
public record EventEdge(
        @NonNull @Description("Pass as `after` to continue after this event.") String cursor,
        @NonNull Event node) {
}
