package io.ipaccord.gateway.event;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.Topics;
import io.ipaccord.gateway.GatewayMetrics;
import io.ipaccord.gateway.GraphQLDocuments;
import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder;
import io.smallrye.graphql.client.websocket.WebsocketSubprotocol;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.json.JsonObject;

/** scheduleEvent -> event-service -> outbox -> Kafka -> gateway -> graphql-transport-ws subscribers. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class EventSubscriptionTest {

    static final Duration DEADLINE = Duration.ofSeconds(60);

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void consumesTheContractsTopic() {
        assertThat(ConfigProvider.getConfig().getValue(
                "mp.messaging.incoming." + EventFeed.CHANNEL + ".topic", String.class))
                .isEqualTo(Topics.EVENTS);
    }

    @Test
    void subscribersOfACountryReceiveTheEventsItHostsOrIsRelatedTo() throws Exception {
        GatewayMetrics.awaitFeedAssigned(EventFeed.CHANNEL);
        List<Response> chinese = new CopyOnWriteArrayList<>();
        List<Response> all = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        DynamicGraphQLClient client = new VertxDynamicGraphQLClientBuilder()
                .url(graphql.toString())
                .subprotocols(WebsocketSubprotocol.GRAPHQL_TRANSPORT_WS)
                .build();
        Cancellable china = client.subscription(GraphQLDocuments.load("event-scheduled"), Map.of("country", "cn"))
                .subscribe().with(chinese::add, failure::set);
        Cancellable everything = client.subscription(GraphQLDocuments.load("event-scheduled"), Map.of())
                .subscribe().with(all::add, failure::set);
        try {
            GatewayMetrics.awaitSubscriptions("eventScheduled", 2);

            execute("schedule-event", Map.of("input", EventInputs.event("EV-GW-SUB-FR-2036", "FORUM",
                    "Forum in France 2036", "2036-02-01", "FR"))).body("errors", nullValue());
            execute("schedule-event", Map.of("input", EventInputs.event("EV-GW-SUB-CN-2036", "FORUM",
                    "Forum in China 2036", "2036-03-01", "CN"))).body("errors", nullValue());
            Map<String, Object> related = EventInputs.event("EV-GW-SUB-REL-2036", "CONFERENCE",
                    "Conference in Switzerland about China 2036", "2036-04-01", "CH");
            related.put("relatedStates", List.of("CN"));
            execute("schedule-event", Map.of("input", related)).body("errors", nullValue());

            await("all three on the unfiltered subscription").atMost(DEADLINE).untilAsserted(() -> {
                assertThat(failure.get()).isNull();
                assertThat(ids(all)).contains("EV-GW-SUB-FR-2036", "EV-GW-SUB-CN-2036", "EV-GW-SUB-REL-2036");
            });
            await("China's two").atMost(DEADLINE).untilAsserted(() -> assertThat(chinese).hasSizeGreaterThanOrEqualTo(2));
            assertThat(ids(chinese)).containsExactlyInAnyOrder("EV-GW-SUB-CN-2036", "EV-GW-SUB-REL-2036");
            JsonObject hosted = data(chinese).stream()
                    .filter(e -> e.getString("id").equals("EV-GW-SUB-CN-2036")).findFirst().orElseThrow();
            assertThat(hosted.getString("status")).isEqualTo("PLANNED");
            assertThat(hosted.getString("title")).isEqualTo("Forum in China 2036");
            assertThat(hosted.getJsonObject("host").getString("name")).isEqualTo("China");
        } finally {
            china.cancel();
            everything.cancel();
            client.close();
        }
    }

    private static List<JsonObject> data(List<Response> responses) {
        return responses.stream()
                .peek(r -> assertThat(r.getErrors()).as("errors").isNullOrEmpty())
                .map(r -> r.getData().getJsonObject("eventScheduled"))
                .toList();
    }

    private static List<String> ids(List<Response> responses) {
        return data(responses).stream().map(e -> e.getString("id")).toList();
    }
}
