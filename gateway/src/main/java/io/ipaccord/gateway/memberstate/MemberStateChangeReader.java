package io.ipaccord.gateway.memberstate;

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.gateway.feed.FeedReader;
import io.ipaccord.gateway.feed.FeedRecord;

/** Reads a record of the member-states topic as a change; tombstones after a removal are passed over. */
final class MemberStateChangeReader implements FeedReader<MemberStateChange> {

    private final ObjectMapper json;

    MemberStateChangeReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public MemberStateChange parse(FeedRecord record) throws IOException {
        if (record.value() == null) {
            return null; // tombstone after a removal: compaction's business, not a change
        }
        MemberStateEventType type = record.type(MemberStateEventType::fromCeType);
        MemberStateData data = record.data(json, MemberStateData.class);
        String code = data.code() != null ? data.code() : record.key();
        if (code == null || record.id() == null) {
            throw new FeedRecord.Unreadable("no " + (code == null ? "code" : CloudEvents.HEADER_ID));
        }
        Instant time = record.time() != null ? record.time()
                : data.updatedAt() != null ? data.updatedAt() : Instant.now();
        return new MemberStateChange(type, code, MemberState.from(data), record.id(), time);
    }
}
