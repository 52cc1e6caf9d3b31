package io.ipaccord.gateway.event;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.contracts.event.EventData;
import io.ipaccord.gateway.feed.FeedReader;
import io.ipaccord.gateway.feed.FeedRecord;

/** Reads a record of the events topic as a change; tombstones after a removal are passed over. */
final class EventChangeReader implements FeedReader<EventChange> {

    private final ObjectMapper json;

    EventChangeReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public EventChange parse(FeedRecord record) throws IOException {
        if (record.value() == null) {
            return null; // tombstone after a removal: compaction's business, not a change
        }
        EventChangeType type = record.type(EventChangeType::fromCeType);
        return new EventChange(type, Event.from(record.data(json, EventData.class)));
    }
}
