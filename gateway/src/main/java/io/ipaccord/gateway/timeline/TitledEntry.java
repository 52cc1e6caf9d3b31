package io.ipaccord.gateway.timeline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.NonNull;

/** An entry whose date, kind and title are set when the timeline is put together (not derived from its subject). */
abstract class TitledEntry implements TimelineEntry {

    private final LocalDate date;
    private final TimelineKind kind;
    private final String title;

    TitledEntry(LocalDate date, TimelineKind kind, String title) {
        this.date = date;
        this.kind = kind;
        this.title = title;
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
}
