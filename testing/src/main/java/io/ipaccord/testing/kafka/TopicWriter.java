package io.ipaccord.testing.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes to a topic from a test the way a service's outbox relay does: CloudEvents in binary mode
 * ({@link CloudEventBinding}) and tombstones, each acknowledged by all replicas before the call returns.
 */
public final class TopicWriter implements AutoCloseable {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaProducer<String, String> producer;

    public TopicWriter(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /**
     * A CloudEvent 1.0 of {@code type} from {@code source} with id {@code id}, about {@code key} (its subject), timed
     * now, with {@code value} as JSON data (any text, e.g. one no consumer can read); {@code partition} null lets the
     * key choose.
     */
    public RecordMetadata sendCloudEvent(String topic, Integer partition, String key, String type, String source, String id,
            String value) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventBinding.header("specversion"), "1.0");
        add(headers, CloudEventBinding.header("id"), id);
        add(headers, CloudEventBinding.header("type"), type);
        add(headers, CloudEventBinding.header("source"), source);
        add(headers, CloudEventBinding.header("time"), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
        add(headers, CloudEventBinding.header("subject"), key);
        add(headers, CloudEventBinding.CONTENT_TYPE, "application/json");
        return send(new ProducerRecord<>(topic, partition, key, value, headers));
    }

    /** A tombstone: null value, no headers, as the outbox relay sends it after a removal. */
    public RecordMetadata sendTombstone(String topic, String key) {
        return send(new ProducerRecord<>(topic, key, null));
    }

    /**
     * Delivers a record read from a topic once more, exactly as it was (partition, key, value, every header): what a
     * producer retry or a consumer rewinding after a crash makes a consumer see.
     */
    public RecordMetadata redeliver(ConsumerRecord<String, String> record) {
        return send(new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
                new RecordHeaders(record.headers().toArray())));
    }

    private RecordMetadata send(ProducerRecord<String, String> record) {
        try {
            return producer.send(record).get(SEND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take " + record, e);
        }
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
