package io.ipaccord.gateway.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Relay page info, shared by every connection type. */
@Type("PageInfo")
public record PageInfo(
        @Description("Cursor of the last edge; null when the page is empty.") String endCursor,
        @Description("Whether more items follow; pass endCursor as `after` to get them.") boolean hasNextPage) {
}
