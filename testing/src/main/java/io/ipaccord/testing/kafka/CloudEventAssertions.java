package io.ipaccord.testing.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Checks of the CloudEvents 1.0 Kafka protocol binding, binary content mode, as integrators read it
 * ({@link CloudEventBinding}). The header names come from the binding itself, so a wrong constant in a service fails
 * here.
 */
public final class CloudEventAssertions {

    private CloudEventAssertions() {
    }

    /**
     * Asserts that {@code record} is a CloudEvent 1.0 of {@code type} from {@code source}, about its key (subject), with
     * a UUID id, an RFC 3339 time and JSON data.
     */
    public static void assertCloudEvent(ConsumerRecord<?, ?> record, String type, String source) {
        assertThat(attribute(record, "type")).as("ce_type").isEqualTo(type);
        assertThat(attribute(record, "specversion")).as("ce_specversion").isEqualTo("1.0");
        assertThat(attribute(record, "source")).as("ce_source").isEqualTo(source);
        assertThat(attribute(record, "subject")).as("ce_subject").isEqualTo(record.key());
        assertThat(attribute(record, "id")).as("ce_id").matches("[0-9a-f-]{36}");
        assertThat(attribute(record, "time")).as("ce_time").matches("\\d{4}-\\d{2}-\\d{2}T.*(Z|[+-]\\d{2}:\\d{2})");
        assertThat(TopicReader.header(record, CloudEventBinding.CONTENT_TYPE)).as("content-type").isEqualTo("application/json");
    }

    /** The CloudEvents attribute {@code name} ({@code type}, {@code id}...) of a record, or null when absent. */
    public static String attribute(ConsumerRecord<?, ?> record, String name) {
        return TopicReader.header(record, CloudEventBinding.header(name));
    }
}
