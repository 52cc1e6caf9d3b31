package io.ipaccord.event.replica;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyEventType;
import io.ipaccord.event.common.Codes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads {@link Topics#TREATIES} from the beginning (consumer group {@code event-service}) into
 * {@link KnownReferences}: the treaty codes events may relate to, with their short names.
 */
@ApplicationScoped
public class TreatyConsumer {

    private static final Logger LOG = Logger.getLogger(TreatyConsumer.class);

    private final KnownReferences references;
    private final ObjectMapper objectMapper;

    TreatyConsumer(KnownReferences references, ObjectMapper objectMapper) {
        this.references = references;
        this.objectMapper = objectMapper;
    }

    @Incoming(Topics.TREATIES)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        CloudEventRecord event = CloudEventRecord.of(record);
        if (event.isTombstone()) {
            references.tombstone(ReferenceKind.TREATY, event.key());
            return;
        }
        if (TreatyEventType.fromCeType(event.type()).isEmpty()) {
            LOG.debugf("Ignoring treaty event of unknown type %s at %s", event.type(), event.position());
            return;
        }
        event.data(objectMapper, TreatyData.class).ifPresent(data -> {
            if (data.code() == null || !data.code().matches(Codes.TREATY) || data.shortName() == null) {
                LOG.errorf("Skipping treaty event without a valid code and short name at %s", event.position());
                return;
            }
            references.apply(ReferenceKind.TREATY, event.id(), data.code(), data.shortName(), false);
        });
    }
}
