package io.ipaccord.event.replica;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyChangeType;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.ReferenceFeed;
import io.ipaccord.platform.replica.ReferenceKind;
import io.ipaccord.platform.replica.ReferenceUpdate;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads {@link Topics#TREATIES} from the beginning (consumer group {@code event-service}) into platform's
 * {@link KnownReferences}: the treaty codes events may relate to, with their short names. Treaties are never
 * removed by an event, only (should it ever happen) by a tombstone.
 */
@ApplicationScoped
public class TreatyConsumer {

    private static final ReferenceFeed<TreatyChangeType, TreatyData> FEED = new ReferenceFeed<>(ReferenceKind.TREATY,
            "event-service/" + Topics.TREATIES, TreatyChangeType::fromCeType, TreatyData.class,
            (type, data) -> new ReferenceUpdate(data.code(), data.shortName(), false));

    private final KnownReferences references;

    TreatyConsumer(KnownReferences references) {
        this.references = references;
    }

    @Incoming(Topics.TREATIES)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        references.follow(FEED, record);
    }
}
