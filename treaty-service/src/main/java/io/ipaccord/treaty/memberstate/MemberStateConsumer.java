package io.ipaccord.treaty.memberstate;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads {@link Topics#MEMBER_STATES} from the beginning (consumer group {@code treaty-service}, at least once:
 * offsets are committed after the effect) into the {@link MemberStateReplica}. The channel is named after the
 * topic, so no topic name is configured apart from the contract's constant.
 */
@ApplicationScoped
public class MemberStateConsumer {

    private static final Logger LOG = Logger.getLogger(MemberStateConsumer.class);

    private final MemberStateReplica replica;
    private final ObjectMapper objectMapper;

    MemberStateConsumer(MemberStateReplica replica, ObjectMapper objectMapper) {
        this.replica = replica;
        this.objectMapper = objectMapper;
    }

    @Incoming(Topics.MEMBER_STATES)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            replica.tombstone(record.key());
            return;
        }
        String ceType = header(record, CloudEvents.HEADER_TYPE);
        MemberStateEventType type = MemberStateEventType.fromCeType(ceType).orElse(null);
        if (type == null) {
            LOG.debugf("Ignoring member-state event of unknown type %s", ceType);
            return;
        }
        MemberStateData data;
        try {
            data = objectMapper.readValue(record.value(), MemberStateData.class);
        } catch (JsonProcessingException e) {
            // A record no consumer can read would otherwise stop the replica for good.
            LOG.errorf("Skipping unreadable member-state event at %s-%d@%d: %s", record.topic(), record.partition(),
                    record.offset(), e.getOriginalMessage());
            return;
        }
        if (data.code() == null || !data.code().matches("[A-Z]{2}") || data.name() == null) {
            LOG.errorf("Skipping member-state event without a valid code and name at %s-%d@%d", record.topic(),
                    record.partition(), record.offset());
            return;
        }
        replica.apply(header(record, CloudEvents.HEADER_ID), type, data);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
