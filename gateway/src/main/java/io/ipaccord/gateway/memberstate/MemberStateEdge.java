package io.ipaccord.gateway.memberstate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MemberStateEdge")
public record MemberStateEdge(
        @NonNull @Description("Pass as `after` to continue after this state.") String cursor,
        @NonNull MemberState node) {
}
