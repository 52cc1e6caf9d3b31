package io.ipaccord.event.replica;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.ReferenceFeed;
import io.ipaccord.platform.replica.ReferenceKind;
import io.ipaccord.platform.replica.ReferenceUpdate;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads {@link Topics#MEMBER_STATES} from the beginning (consumer group {@code event-service}; offsets committed
 * after each record's transaction) into platform's {@link KnownReferences}. The channel is named after the topic
 * constant.
 */
@ApplicationScoped
public class MemberStateConsumer {

    private static final ReferenceFeed<MemberStateEventType, MemberStateData> FEED = new ReferenceFeed<>(
            ReferenceKind.MEMBER_STATE, "event-service/" + Topics.MEMBER_STATES, MemberStateEventType::fromCeType,
            MemberStateData.class,
            (type, data) -> new ReferenceUpdate(data.code(), data.name(), type == MemberStateEventType.REMOVED));

    private final KnownReferences references;

    MemberStateConsumer(KnownReferences references) {
        this.references = references;
    }

    @Incoming(Topics.MEMBER_STATES)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        references.follow(FEED, record);
    }
}
