package io.ipaccord.gateway.event;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.Topics;
import io.ipaccord.gateway.FeedTest;
import io.ipaccord.gateway.GatewayMetrics;
import io.ipaccord.gateway.GraphQLSubscriptions;
import io.ipaccord.gateway.GraphQLSubscriptions.Received;
import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.json.JsonObject;

/** scheduleEvent -> event-service -> outbox -> Kafka -> gateway -> graphql-transport-ws subscribers. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class EventSubscriptionTest extends FeedTest {

    static final Duration DEADLINE = Duration.ofSeconds(60);

    EventSubscriptionTest() {
        super(EventFeed.CHANNEL, Topics.EVENTS);
    }

    @Test
    void subscribersOfACountryReceiveTheEventsItHostsOrIsRelatedTo() throws Exception {
        try (GraphQLSubscriptions subscriptions = subscriptions()) {
            Received chinese = subscriptions.subscribe("event-scheduled", Map.of("country", "cn"), "eventScheduled");
            Received all = subscriptions.subscribe("event-scheduled", Map.of(), "eventScheduled");
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
                assertThat(subscriptions.failure()).isNull();
                assertThat(all.ids()).contains("EV-GW-SUB-FR-2036", "EV-GW-SUB-CN-2036", "EV-GW-SUB-REL-2036");
            });
            await("China's two").atMost(DEADLINE).untilAsserted(() -> assertThat(chinese.size()).isGreaterThanOrEqualTo(2));
            assertThat(chinese.ids()).containsExactlyInAnyOrder("EV-GW-SUB-CN-2036", "EV-GW-SUB-REL-2036");
            JsonObject hosted = chinese.data().stream()
                    .filter(e -> e.getString("id").equals("EV-GW-SUB-CN-2036")).findFirst().orElseThrow();
            assertThat(hosted.getString("status")).isEqualTo("PLANNED");
            assertThat(hosted.getString("title")).isEqualTo("Forum in China 2036");
            assertThat(hosted.getJsonObject("host").getString("name")).isEqualTo("China");
        }
    }
}
