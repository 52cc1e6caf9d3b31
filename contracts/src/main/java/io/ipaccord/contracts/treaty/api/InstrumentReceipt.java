package io.ipaccord.contracts.treaty.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.ipaccord.contracts.treaty.InstrumentData;

/**
 * treaty-service's answer to a deposit, correction or withdrawal: the instrument as written (its fields at the top
 * level, as in {@link InstrumentData}) plus {@code determinations}, what the write determined.
 */
public record InstrumentReceipt(@JsonUnwrapped InstrumentData instrument, List<Determination> determinations) {
}
