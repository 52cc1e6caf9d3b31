package io.ipaccord.gateway.memberstate;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.contracts.memberstate.MemberStateEventType;

@Type("MemberStateChange")
@Description("A change of a member state, as member-service published it.")
public record MemberStateChange(
        @NonNull MemberStateEventType type,
        @Id @NonNull String code,
        @Description("The state after the change; for REMOVED, the last state before removal.") MemberState state,
        @Id @NonNull @Description("The CloudEvents id: unique per change, the same on redelivery.") String eventId,
        @NonNull @Description("When the change happened.") Instant time) {
}
