package io.ipaccord.gateway.timeline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.event.Event;

@Type("EventEntry")
@Description("An event (kind EVENT), dated by its start.")
public final class EventEntry implements TimelineEntry {

    private final Event event;

    EventEntry(Event event) {
        this.event = event;
    }

    @Override
    public @NonNull LocalDate getDate() {
        return event.startDate();
    }

    @Override
    public @NonNull TimelineKind getKind() {
        return TimelineKind.EVENT;
    }

    @Override
    public @NonNull String getTitle() {
        return event.title();
    }

    public @NonNull Event getEvent() {
        return event;
    }
}
