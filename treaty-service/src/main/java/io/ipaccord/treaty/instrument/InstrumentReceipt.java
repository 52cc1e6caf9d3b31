package io.ipaccord.treaty.instrument;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.ipaccord.contracts.treaty.InstrumentData;

/** An instrument as written, with what the write determined: the instrument's fields plus {@code determinations}. */
public record InstrumentReceipt(@JsonUnwrapped InstrumentData instrument, List<DeterminationView> determinations) {
}
