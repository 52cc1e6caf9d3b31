package io.ipaccord.member.memberstate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.Topics;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An event continues the trace of the write that caused it: the outbox keeps the request's W3C trace context with
 * the row and the relay sends it as the record's {@code traceparent} header, whenever the relay runs.
 */
@QuarkusTest
class MemberStateTracingTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

    private final KafkaBroker kafka = KafkaBroker.shared();

    @Test
    void aTracedWriteSendsItsTraceOnTheRecordAsTheServiceSpansChild() {
        try (TopicReader reader = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.MEMBER_STATES)) {
            given().contentType(ContentType.JSON)
                    .header(CloudEvents.HEADER_TRACEPARENT, "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
                    .header(CloudEvents.HEADER_TRACESTATE, "ipaccord=test")
                    .body(Map.of("code", "XT", "alpha3", "XTT", "numeric", "961", "name", "Test Republic T"))
                    .post("/member-states").then().statusCode(201);

            ConsumerRecord<String, String> record = reader.await(r -> "XT".equals(r.key()), 1, DEADLINE).get(0);
            String[] traceParent = TopicReader.header(record, CloudEvents.HEADER_TRACEPARENT).split("-");
            assertThat(traceParent).hasSize(4);
            assertThat(traceParent[0]).isEqualTo("00");
            assertThat(traceParent[1]).as("the caller's trace").isEqualTo(TRACE_ID);
            assertThat(traceParent[2]).as("a span of the service, not the caller's").matches("[0-9a-f]{16}")
                    .isNotEqualTo(CALLER_SPAN_ID).isNotEqualTo("0000000000000000");
            assertThat(traceParent[3]).as("sampled, as the caller asked").isEqualTo("01");
            assertThat(TopicReader.header(record, CloudEvents.HEADER_TRACESTATE)).isEqualTo("ipaccord=test");
        }
    }

    @Test
    void anUntracedWriteStillGetsATraceIdThatIsNotSampled() {
        try (TopicReader reader = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.MEMBER_STATES)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("code", "XU", "alpha3", "XUU", "numeric", "962", "name", "Test Republic U"))
                    .post("/member-states").then().statusCode(201);

            ConsumerRecord<String, String> record = reader.await(r -> "XU".equals(r.key()), 1, DEADLINE).get(0);
            assertThat(TopicReader.header(record, CloudEvents.HEADER_TRACEPARENT))
                    .as("a trace id to correlate the logs with, not exported (sampler ratio 0 outside Kubernetes)")
                    .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00");
        }
    }
}
