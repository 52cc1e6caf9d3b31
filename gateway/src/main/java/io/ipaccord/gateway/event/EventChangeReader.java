package io.ipaccord.gateway.event;

import java.io.IOException;
import java.util.Optional;

import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.gateway.feed.CloudEventHeaders;

/** Reads a record of the events topic (CloudEvents, binary mode) as a change, if it is one. */
final class EventChangeReader {

    private static final Logger LOG = Logger.getLogger(EventChangeReader.class);

    private final ObjectMapper json;

    EventChangeReader(ObjectMapper json) {
        this.json = json;
    }

    /** Empty for tombstones and for records this gateway does not understand (logged, then skipped). */
    Optional<EventChange> read(String key, Headers headers, String value) {
        if (value == null) {
            return Optional.empty(); // tombstone after a removal: compaction's business, not a change
        }
        String ceType = CloudEventHeaders.of(headers).type();
        Optional<EventChangeType> type = Optional.ofNullable(ceType).flatMap(EventChangeType::fromCeType);
        if (type.isEmpty()) {
            LOG.warnf("Skipping event record %s: unknown event type %s", key, ceType);
            return Optional.empty();
        }
        try {
            return Optional.of(new EventChange(type.get(), Event.from(json.readValue(value, EventData.class))));
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Skipping event record %s: unreadable %s", key, ceType);
            return Optional.empty();
        }
    }
}
