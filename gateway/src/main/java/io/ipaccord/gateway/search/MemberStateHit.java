package io.ipaccord.gateway.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.memberstate.MemberState;

@Type("MemberStateHit")
@Description("A member state whose name or code matches, or that hosted matching events (see matchedVia).")
public final class MemberStateHit implements SearchHit {

    /** Event ids named in matchedVia; viaEventIds has them all. */
    static final int SHOWN = 3;

    private final MemberState memberState;
    private final double rank;
    private final List<String> viaEvents;

    MemberStateHit(MemberState memberState, double rank, List<String> viaEvents) {
        this.memberState = memberState;
        this.rank = rank;
        this.viaEvents = List.copyOf(viaEvents);
    }

    @Override
    public @NonNull SearchKind getKind() {
        return SearchKind.MEMBER_STATE;
    }

    @Override
    public double getRank() {
        return rank;
    }

    @Override
    public @NonNull String getTitle() {
        return memberState.name();
    }

    @Override
    public String getMatchedVia() {
        if (viaEvents.isEmpty()) {
            return null;
        }
        int shown = Math.min(SHOWN, viaEvents.size());
        return "hosts " + String.join(", ", viaEvents.subList(0, shown))
                + (shown < viaEvents.size() ? " and " + (viaEvents.size() - shown) + " more matching events" : "");
    }

    public @NonNull MemberState getMemberState() {
        return memberState;
    }

    @Description("Ids of the matching events the state hosted, best first; empty when the state itself matches.")
    public @NonNull List<@NonNull String> getViaEventIds() {
        return viaEvents;
    }
}
