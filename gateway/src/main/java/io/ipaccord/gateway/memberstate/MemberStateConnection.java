package io.ipaccord.gateway.memberstate;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.gateway.graphql.BackendPage;
import io.ipaccord.gateway.graphql.PageCursor;
import io.ipaccord.gateway.graphql.PageInfo;
import io.ipaccord.gateway.graphql.PageRequest;

@Type("MemberStateConnection")
@Description("One page of member states (Relay connection).")
public record MemberStateConnection(
        @NonNull List<@NonNull MemberStateEdge> edges,
        @NonNull @Description("The states of this page, without cursors.") List<@NonNull MemberState> nodes,
        @NonNull PageInfo pageInfo,
        @Description("How many states match the filter, over all pages.") int totalCount) {

    /** member-service's page as seen from {@code start}. */
    static MemberStateConnection from(BackendPage<MemberStateData> page, PageCursor start) {
        return PageRequest.connection(page, start, (cursor, data) -> new MemberStateEdge(cursor, MemberState.from(data)),
                MemberStateEdge::cursor, MemberStateConnection::of);
    }

    static MemberStateConnection of(List<MemberStateEdge> edges, PageInfo pageInfo, int totalCount) {
        return new MemberStateConnection(edges, edges.stream().map(MemberStateEdge::node).toList(), pageInfo,
                totalCount);
    }
}
