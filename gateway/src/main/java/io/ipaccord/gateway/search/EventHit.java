package io.ipaccord.gateway.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.event.Event;

@Type("EventHit")
@Description("An event whose title, summary, places, organisers, participants or related codes match.")
public final class EventHit implements SearchHit {

    private final Event event;
    private final double rank;

    EventHit(Event event, double rank) {
        this.event = event;
        this.rank = rank;
    }

    @Override
    public @NonNull SearchKind getKind() {
        return SearchKind.EVENT;
    }

    @Override
    public double getRank() {
        return rank;
    }

    @Override
    public @NonNull String getTitle() {
        return event.title();
    }

    @Override
    public String getMatchedVia() {
        return null;
    }

    public @NonNull Event getEvent() {
        return event;
    }
}
