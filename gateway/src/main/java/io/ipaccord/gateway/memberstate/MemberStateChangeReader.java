package io.ipaccord.gateway.memberstate;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.gateway.feed.CloudEventHeaders;

/** Reads a record of the member-states topic (CloudEvents, binary mode) as a change, if it is one. */
final class MemberStateChangeReader {

    private static final Logger LOG = Logger.getLogger(MemberStateChangeReader.class);

    private final ObjectMapper json;

    MemberStateChangeReader(ObjectMapper json) {
        this.json = json;
    }

    /** Empty for tombstones and for records this gateway does not understand (logged, then skipped). */
    Optional<MemberStateChange> read(String key, Headers headers, String value) {
        if (value == null) {
            return Optional.empty(); // tombstone after a removal: compaction's business, not a change
        }
        CloudEventHeaders ce = CloudEventHeaders.of(headers);
        String ceType = ce.type();
        Optional<MemberStateEventType> type = Optional.ofNullable(ceType).flatMap(MemberStateEventType::fromCeType);
        if (type.isEmpty()) {
            LOG.warnf("Skipping member-state record %s: unknown event type %s", key, ceType);
            return Optional.empty();
        }
        MemberStateData data;
        try {
            data = json.readValue(value, MemberStateData.class);
        } catch (IOException e) {
            LOG.warnf(e, "Skipping member-state record %s: unreadable %s", key, ceType);
            return Optional.empty();
        }
        String code = data.code() != null ? data.code() : key;
        String id = ce.id();
        Instant time = ce.time();
        if (code == null || id == null) {
            LOG.warnf("Skipping member-state record %s: no %s", key, code == null ? "code" : CloudEvents.HEADER_ID);
            return Optional.empty();
        }
        return Optional.of(new MemberStateChange(type.get(), code, MemberState.from(data), id,
                time != null ? time : data.updatedAt() != null ? data.updatedAt() : Instant.now()));
    }
}
