package io.ipaccord.gateway.instrument;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("InstrumentReceipt")
@Description("An instrument as written, with what the write determined.")
public record InstrumentReceipt(
        @NonNull Instrument instrument,
        @NonNull @Description("Entries into force and effective dates this write brought; empty when none.")
        List<@NonNull Determination> determinations) {

    /** treaty-service's answer to a write. */
    static InstrumentReceipt from(io.ipaccord.contracts.treaty.api.InstrumentReceipt answer) {
        return new InstrumentReceipt(Instrument.from(answer.instrument()), answer.determinations() == null ? List.of()
                : answer.determinations().stream().map(Determination::from).toList());
    }
}
