package io.ipaccord.gateway.timeline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.membership.Membership;

@Type("PartyEntry")
@Description("A treaty enters into force for a state (PARTY_BOUND) or the state's denunciation takes effect"
        + " (DENUNCIATION_EFFECTIVE), as treaty-service's engine computes it.")
public final class PartyEntry extends TitledEntry {

    private final Membership membership;

    PartyEntry(LocalDate date, TimelineKind kind, String title, Membership membership) {
        super(date, kind, title);
        this.membership = membership;
    }

    @Description("The state's standing in the treaty, as of today.")
    public @NonNull Membership getMembership() {
        return membership;
    }
}
