package io.ipaccord.gateway.instrument;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.PartyEntryIntoForceData;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.contracts.treaty.TreatyEntryIntoForceData;
import io.ipaccord.gateway.feed.CloudEventHeaders;

/** Reads a record of the treaty-actions topic (CloudEvents, binary mode), if it is an event the gateway knows. */
final class TreatyActionReader {

    private static final Logger LOG = Logger.getLogger(TreatyActionReader.class);

    private final ObjectMapper json;

    TreatyActionReader(ObjectMapper json) {
        this.json = json;
    }

    /** Empty for records this gateway does not understand (logged, then skipped). */
    Optional<TreatyAction> read(String key, Headers headers, String value) {
        CloudEventHeaders ce = CloudEventHeaders.of(headers);
        Optional<TreatyActionChangeType> type = Optional.ofNullable(ce.type()).flatMap(TreatyActionChangeType::fromCeType);
        if (value == null || type.isEmpty() || ce.id() == null) {
            LOG.warnf("Skipping treaty-action record %s: %s", key,
                    value == null ? "no value" : type.isEmpty() ? "unknown event type " + ce.type() : "no ce_id");
            return Optional.empty();
        }
        Instant time = ce.time() != null ? ce.time() : Instant.now();
        try {
            return Optional.of(switch (type.get()) {
                case INSTRUMENT_DEPOSITED, INSTRUMENT_CORRECTED, INSTRUMENT_WITHDRAWN -> new TreatyAction.InstrumentChanged(
                        type.get(), Instrument.from(json.readValue(value, InstrumentData.class)));
                case TREATY_ENTRY_INTO_FORCE_DETERMINED -> {
                    TreatyEntryIntoForceData data = json.readValue(value, TreatyEntryIntoForceData.class);
                    yield new TreatyAction.Determined(new EntryIntoForce(EntryIntoForceKind.TREATY, data.treaty(),
                            data.act(), null, data.parties() == null ? List.of() : List.copyOf(data.parties()),
                            data.date(), id(data.triggeringInstrumentId()), ce.id(), time));
                }
                case PARTY_ENTRY_INTO_FORCE_DETERMINED -> {
                    PartyEntryIntoForceData data = json.readValue(value, PartyEntryIntoForceData.class);
                    yield new TreatyAction.Determined(new EntryIntoForce(EntryIntoForceKind.PARTY, data.treaty(),
                            data.act(), data.state(), null, data.date(), id(data.instrumentId()), ce.id(), time));
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Skipping treaty-action record %s: unreadable %s", key, ce.type());
            return Optional.empty();
        }
    }

    private static String id(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
