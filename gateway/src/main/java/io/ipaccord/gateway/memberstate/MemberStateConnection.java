package io.ipaccord.gateway.memberstate;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.graphql.PageInfo;

@Type("MemberStateConnection")
@Description("One page of member states (Relay connection).")
public record MemberStateConnection(
        @NonNull List<@NonNull MemberStateEdge> edges,
        @NonNull @Description("The states of this page, without cursors.") List<@NonNull MemberState> nodes,
        @NonNull PageInfo pageInfo,
        @Description("How many states match the filter, over all pages.") int totalCount) {

    static MemberStateConnection of(List<MemberStateEdge> edges, PageInfo pageInfo, int totalCount) {
        return new MemberStateConnection(edges, edges.stream().map(MemberStateEdge::node).toList(), pageInfo,
                totalCount);
    }
}
