package io.ipaccord.gateway.feed;

import java.io.IOException;
import java.util.Optional;

import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;

/** How a feed reads its topic's records: what its subscribers get of each, if anything. */
@FunctionalInterface
public interface FeedReader<T> {

    /**
     * What subscribers get of the record; null for a record to pass over silently (a tombstone). Throws for a record
     * this gateway does not understand ({@link FeedRecord.Unreadable} for an unknown event type or a missing
     * attribute).
     */
    T parse(FeedRecord record) throws IOException;

    /** Empty for tombstones and for records this gateway does not understand (logged, then skipped). */
    default Optional<T> read(FeedRecord record) {
        try {
            return Optional.ofNullable(parse(record));
        } catch (FeedRecord.Unreadable skipped) {
            Logger.getLogger(FeedReader.class).warnf("Skipping record %s (%s): %s", record.key(), record.type(),
                    skipped.getMessage());
        } catch (IOException | RuntimeException unreadable) {
            Logger.getLogger(FeedReader.class).warnf(unreadable, "Skipping record %s: unreadable %s", record.key(),
                    record.type());
        }
        return Optional.empty();
    }

    default Optional<T> read(String key, Headers headers, String value) {
        return read(FeedRecord.of(key, headers, value));
    }
}
