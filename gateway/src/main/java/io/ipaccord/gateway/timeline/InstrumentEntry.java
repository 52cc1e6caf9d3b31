package io.ipaccord.gateway.timeline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.ipaccord.gateway.instrument.Instrument;

@Type("InstrumentEntry")
@Description("A state signs or deposits an instrument (kind INSTRUMENT), dated by its deposit (or signature).")
public final class InstrumentEntry implements TimelineEntry {

    private final Instrument instrument;
    private final String title;

    InstrumentEntry(Instrument instrument, String title) {
        this.instrument = instrument;
        this.title = title;
    }

    @Override
    public @NonNull LocalDate getDate() {
        return instrument.depositDate();
    }

    @Override
    public @NonNull TimelineKind getKind() {
        return TimelineKind.INSTRUMENT;
    }

    @Override
    public @NonNull String getTitle() {
        return title;
    }

    public @NonNull Instrument getInstrument() {
        return instrument;
    }
}
