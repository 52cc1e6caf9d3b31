package io.ipaccord.gateway.timeline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.memberstate.MemberState;

@Type("MembershipEntry")
@Description("A state becomes a member of WIPO (kind WIPO_MEMBERSHIP), as member-service records it.")
public final class MembershipEntry implements TimelineEntry {

    private final MemberState state;

    MembershipEntry(MemberState state) {
        this.state = state;
    }

    @Override
    public @NonNull LocalDate getDate() {
        return state.memberSince();
    }

    @Override
    public @NonNull TimelineKind getKind() {
        return TimelineKind.WIPO_MEMBERSHIP;
    }

    @Override
    public @NonNull String getTitle() {
        return state.name() + " becomes a member of WIPO";
    }

    public @NonNull MemberState getState() {
        return state;
    }
}
