package io.ipaccord.platform.replica;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.CloudEvents;

/** A Kafka record read as a CloudEvent in binary mode: id and type from the {@code ce_*} headers, JSON data as the value. */
public record CloudEventRecord(ConsumerRecord<String, String> record, String id, String type) {

    private static final Logger LOG = Logger.getLogger(CloudEventRecord.class);

    public static CloudEventRecord of(ConsumerRecord<String, String> record) {
        return new CloudEventRecord(record, header(record, CloudEvents.HEADER_ID), header(record, CloudEvents.HEADER_TYPE));
    }

    /** A null value: the owner removed the key's aggregate and lets compaction forget it. */
    public boolean isTombstone() {
        return record.value() == null;
    }

    public String key() {
        return record.key();
    }

    /** The data, or empty (logged) when no consumer could read it: skipping it beats stopping the replica for good. */
    public <T> Optional<T> data(ObjectMapper objectMapper, Class<T> type) {
        try {
            return Optional.of(objectMapper.readValue(record.value(), type));
        } catch (JsonProcessingException e) {
            LOG.errorf("Skipping unreadable %s at %s: %s", type.getSimpleName(), position(), e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /** {@code topic-partition@offset}, for logs. */
    public String position() {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
