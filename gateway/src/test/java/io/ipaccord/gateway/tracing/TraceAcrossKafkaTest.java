package io.ipaccord.gateway.tracing;

import static io.ipaccord.gateway.GraphQLDocuments.load;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.Topics;
import io.ipaccord.gateway.FeedTest;
import io.ipaccord.gateway.GatewayMetrics;
import io.ipaccord.gateway.GraphQLSubscriptions;
import io.ipaccord.gateway.GraphQLSubscriptions.Received;
import io.ipaccord.gateway.Inputs;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.gateway.TreatyServiceApi;
import io.ipaccord.gateway.instrument.TreatyActionFeed;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * A deposit through the gateway and the subscription message it causes are one trace: the caller's trace goes from
 * the gateway's GraphQL request to treaty-service (the REST client's traceparent), into treaty-service's outbox row
 * (captured with the write), onto the Kafka record's headers, and from there into the span of the gateway's
 * consumer that hands the message to the subscribers.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class TraceAcrossKafkaTest extends FeedTest {

    static final String TREATY = "TEST_GW_TRACED";
    static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject InMemorySpanExporter spans;

    TraceAcrossKafkaTest() {
        super(TreatyActionFeed.CHANNEL, Topics.TREATY_ACTIONS);
    }

    @Test
    void aDepositAndTheSubscriptionMessageItCausesShareOneTrace() throws Exception {
        TreatyServiceApi.createTreaty(TREATY, 1, 0);
        String traceId = hex(16);
        String callerSpanId = hex(8);

        try (GraphQLSubscriptions subscriptions = subscriptions()) {
            Received deposits = subscriptions.subscribe("instrument-deposited", Map.of("treaty", TREATY),
                    "instrumentDeposited");
            GatewayMetrics.awaitSubscriptions("instrumentDeposited", 1);

            String instrumentId = given().contentType(ContentType.JSON)
                    .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                    .body(Map.of("query", load("deposit-instrument"),
                            "variables", Map.of("input", Inputs.instrument(TREATY, "CN", "RATIFICATION", "2021-03-04"))))
                    .post("/graphql")
                    .then().statusCode(200)
                    .body("errors", nullValue())
                    .body("data.depositInstrument.instrument.id", notNullValue())
                    .extract().path("data.depositInstrument.instrument.id");

            await("the subscription message").atMost(DEADLINE).until(() -> deposits.size() > 0);
            assertThat(deposits.data().get(0).getString("id")).isEqualTo(instrumentId);
        }

        // The gateway's own spans of that trace: the GraphQL request, the call to treaty-service, and the Kafka
        // record of the deposit that the feed handed to the subscribers.
        await("the consumer span of the deposit's record").atMost(DEADLINE).untilAsserted(() -> {
            List<SpanData> trace = spans.getFinishedSpanItems().stream()
                    .filter(span -> span.getTraceId().equals(traceId)).toList();
            assertThat(trace).filteredOn(span -> span.getKind() == SpanKind.SERVER)
                    .singleElement().satisfies(server -> assertThat(server.getParentSpanId()).isEqualTo(callerSpanId));
            assertThat(trace).filteredOn(span -> span.getKind() == SpanKind.CLIENT).isNotEmpty();
            assertThat(trace).filteredOn(span -> span.getKind() == SpanKind.CONSUMER)
                    .anySatisfy(consumer -> assertThat(consumer.getName()).contains(Topics.TREATY_ACTIONS));
        });
        // The consumer's parent is not a span of the gateway: it is treaty-service's span that wrote the outbox row.
        List<SpanData> trace = spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId)).toList();
        List<String> gatewaySpanIds = trace.stream().map(SpanData::getSpanId).toList();
        assertThat(trace).filteredOn(span -> span.getKind() == SpanKind.CONSUMER)
                .allSatisfy(consumer -> assertThat(gatewaySpanIds).doesNotContain(consumer.getParentSpanId()));
    }

    private static String hex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
