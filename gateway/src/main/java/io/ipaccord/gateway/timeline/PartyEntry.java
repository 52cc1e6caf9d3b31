package io.ipaccord.gateway.timeline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.membership.Membership;

@Type("PartyEntry")
@Description("A treaty enters into force for a state (PARTY_BOUND) or the state's denunciation takes effect"
        + " (DENUNCIATION_EFFECTIVE), as treaty-service's engine computes it.")
public final class PartyEntry implements TimelineEntry {

    private final LocalDate date;
    private final TimelineKind kind;
    private final String title;
    private final Membership membership;

    PartyEntry(LocalDate date, TimelineKind kind, String title, Membership membership) {
        this.date = date;
        this.kind = kind;
        this.title = title;
        this.membership = membership;
    }

    @Override
    public @NonNull LocalDate getDate() {
        return date;
    }

    @Override
    public @NonNull TimelineKind getKind() {
        return kind;
    }

    @Override
    public @NonNull String getTitle() {
        return title;
    }

    @Description("The state's standing in the treaty, as of today.")
    public @NonNull Membership getMembership() {
        return membership;
    }
}
