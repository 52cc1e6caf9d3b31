package io.ipaccord.platform.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.CloudEvents;

/** Records as the outbox relay writes them: CloudEvents binary mode, a tombstone after a removal. */
class CloudEventRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Named(String code, String name) {
    }

    @Test
    void readsIdAndTypeFromTheHeadersAndTheDataFromTheValue() {
        ConsumerRecord<String, String> record = record("XA", "{\"code\":\"XA\",\"name\":\"Test Republic A\"}");
        record.headers().add(CloudEvents.HEADER_ID, "id-1".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEvents.HEADER_TYPE, "io.ipaccord.test.registered.v1".getBytes(StandardCharsets.UTF_8));

        CloudEventRecord event = CloudEventRecord.of(record);

        assertThat(event.id()).isEqualTo("id-1");
        assertThat(event.type()).isEqualTo("io.ipaccord.test.registered.v1");
        assertThat(event.key()).isEqualTo("XA");
        assertThat(event.isTombstone()).isFalse();
        assertThat(event.data(JSON, Named.class)).contains(new Named("XA", "Test Republic A"));
        assertThat(event.position()).isEqualTo("ipaccord.test.v1-2@42");
    }

    @Test
    void aHeaderSentTwiceCountsByItsLastValue() {
        ConsumerRecord<String, String> record = record("XA", "{}");
        record.headers().add(CloudEvents.HEADER_ID, "first".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEvents.HEADER_ID, "last".getBytes(StandardCharsets.UTF_8));

        assertThat(CloudEventRecord.of(record).id()).isEqualTo("last");
    }

    @Test
    void aTombstoneHasAKeyButNoHeadersOrData() {
        CloudEventRecord event = CloudEventRecord.of(record("XA", null));

        assertThat(event.isTombstone()).isTrue();
        assertThat(event.key()).isEqualTo("XA");
        assertThat(event.id()).isNull();
        assertThat(event.type()).isNull();
    }

    @Test
    void unreadableDataIsEmptyRatherThanAnError() {
        CloudEventRecord event = CloudEventRecord.of(record("XA", "{not json"));

        assertThat(event.data(JSON, Named.class)).isEmpty();
    }

    private static ConsumerRecord<String, String> record(String key, String value) {
        return new ConsumerRecord<>("ipaccord.test.v1", 2, 42L, key, value);
    }
}
