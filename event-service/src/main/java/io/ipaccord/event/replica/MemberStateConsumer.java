package io.ipaccord.event.replica;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.event.common.Codes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads {@link Topics#MEMBER_STATES} from the beginning (consumer group {@code event-service}; offsets committed
 * after each record's transaction) into {@link KnownReferences}. The channel is named after the topic constant.
 */
@ApplicationScoped
public class MemberStateConsumer {

    private static final Logger LOG = Logger.getLogger(MemberStateConsumer.class);

    private final KnownReferences references;
    private final ObjectMapper objectMapper;

    MemberStateConsumer(KnownReferences references, ObjectMapper objectMapper) {
        this.references = references;
        this.objectMapper = objectMapper;
    }

    @Incoming(Topics.MEMBER_STATES)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        CloudEventRecord event = CloudEventRecord.of(record);
        if (event.isTombstone()) {
            references.tombstone(ReferenceKind.MEMBER_STATE, event.key());
            return;
        }
        MemberStateEventType type = MemberStateEventType.fromCeType(event.type()).orElse(null);
        if (type == null) {
            LOG.debugf("Ignoring member-state event of unknown type %s at %s", event.type(), event.position());
            return;
        }
        event.data(objectMapper, MemberStateData.class).ifPresent(data -> {
            if (data.code() == null || !data.code().matches(Codes.STATE) || data.name() == null) {
                LOG.errorf("Skipping member-state event without a valid code and name at %s", event.position());
                return;
            }
            references.apply(ReferenceKind.MEMBER_STATE, event.id(), data.code(), data.name(),
                    type == MemberStateEventType.REMOVED);
        });
    }
}
