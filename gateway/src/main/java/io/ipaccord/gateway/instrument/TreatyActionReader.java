package io.ipaccord.gateway.instrument;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.PartyEntryIntoForceData;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.contracts.treaty.TreatyEntryIntoForceData;
import io.ipaccord.gateway.feed.FeedReader;
import io.ipaccord.gateway.feed.FeedRecord;

/** Reads a record of the treaty-actions topic, if it is an event the gateway knows. */
final class TreatyActionReader implements FeedReader<TreatyAction> {

    private final ObjectMapper json;

    TreatyActionReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public TreatyAction parse(FeedRecord record) throws IOException {
        TreatyActionChangeType type = record.type(TreatyActionChangeType::fromCeType);
        if (record.id() == null) {
            throw new FeedRecord.Unreadable("no ce_id");
        }
        Instant time = record.time() != null ? record.time() : Instant.now();
        return switch (type) {
            case INSTRUMENT_DEPOSITED, INSTRUMENT_CORRECTED, INSTRUMENT_WITHDRAWN -> new TreatyAction.InstrumentChanged(
                    type, Instrument.from(record.data(json, InstrumentData.class)));
            case TREATY_ENTRY_INTO_FORCE_DETERMINED -> {
                TreatyEntryIntoForceData data = record.data(json, TreatyEntryIntoForceData.class);
                yield new TreatyAction.Determined(new EntryIntoForce(EntryIntoForceKind.TREATY, data.treaty(),
                        data.act(), null, data.parties() == null ? List.of() : List.copyOf(data.parties()),
                        data.date(), id(data.triggeringInstrumentId()), record.id(), time));
            }
            case PARTY_ENTRY_INTO_FORCE_DETERMINED -> {
                PartyEntryIntoForceData data = record.data(json, PartyEntryIntoForceData.class);
                yield new TreatyAction.Determined(new EntryIntoForce(EntryIntoForceKind.PARTY, data.treaty(),
                        data.act(), data.state(), null, data.date(), id(data.instrumentId()), record.id(), time));
            }
        };
    }

    private static String id(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
