package io.ipaccord.gateway.memberstate;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.Topics;
import io.ipaccord.gateway.FeedTest;
import io.ipaccord.gateway.GatewayMetrics;
import io.ipaccord.gateway.GraphQLSubscriptions;
import io.ipaccord.gateway.GraphQLSubscriptions.Received;
import io.ipaccord.gateway.Inputs;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.TopicReader;
import io.ipaccord.testing.kafka.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.json.JsonObject;

/** Mutation -> member-service -> outbox -> Kafka -> gateway -> graphql-transport-ws subscriber. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class MemberStateSubscriptionTest extends FeedTest {

    MemberStateSubscriptionTest() {
        super(MemberStateChangeFeed.CHANNEL, Topics.MEMBER_STATES);
    }

    @Test
    void subscriberReceivesTheChangesOfItsStateMadeThroughMutations() throws Exception {
        try (GraphQLSubscriptions subscriptions = subscriptions()) {
            Received received = subscriptions.subscribe("member-state-changed", Map.of("code", "XS"),
                    "memberStateChanged");
            GatewayMetrics.awaitSubscriptions("memberStateChanged", 1);

            execute("register-member-state", Map.of("input",
                    Inputs.newState("XT", "XTT", "920", "Other State")));
            execute("register-member-state", Map.of("input",
                    Inputs.newState("XS", "XSS", "919", "Subscribed State")));
            execute("update-member-state", Map.of("code", "XS", "input",
                    Map.of("alpha3", "XSS", "numeric", "919", "name", "Subscribed State, renamed")));
            execute("remove-member-state", Map.of("code", "XS")).body("data.removeMemberState", equalTo(true));

            await("three changes of XS").atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> {
                        assertThat(subscriptions.failure()).isNull();
                        assertThat(received.size()).isGreaterThanOrEqualTo(3);
                    });
            List<JsonObject> changes = received.data();
            assertThat(changes).extracting(c -> c.getString("type"))
                    .containsExactly("REGISTERED", "UPDATED", "REMOVED");
            assertThat(changes).allSatisfy(c -> {
                assertThat(c.getString("code")).isEqualTo("XS");
                assertThat(c.getString("time")).isNotBlank();
            });
            assertThat(changes).extracting(c -> c.getString("eventId")).doesNotHaveDuplicates();
            assertThat(changes.get(1).getJsonObject("state").getString("name")).isEqualTo("Subscribed State, renamed");
            assertThat(changes.get(2).getJsonObject("state").getString("code")).isEqualTo("XS");
        } finally {
            execute("remove-member-state", Map.of("code", "XT"));
        }
    }

    @Test
    void anEventDeliveredTwiceReachesSubscribersOnce() throws Exception {
        String servers = KafkaBroker.shared().bootstrapServers();
        try (GraphQLSubscriptions subscriptions = subscriptions();
                TopicReader topic = TopicReader.fromEnd(servers, Topics.MEMBER_STATES);
                TopicWriter writer = new TopicWriter(servers)) {
            Received received = subscriptions.subscribe("member-state-changed", Map.of("code", "XR"),
                    "memberStateChanged");
            GatewayMetrics.awaitSubscriptions("memberStateChanged", 1);

            execute("register-member-state", Map.of("input", Inputs.newState("XR", "XRR", "918", "Twice State")));
            ConsumerRecord<String, String> registered = topic.await(r -> "XR".equals(r.key()), 1,
                    Duration.ofSeconds(30)).get(0);
            // The same record again (same ce_id), as an outbox relay resending a round would publish it; then a
            // real change, on the same partition after it, so once that one arrives the copy has been read.
            writer.redeliver(registered);
            execute("update-member-state", Map.of("code", "XR", "input",
                    Map.of("alpha3", "XRR", "numeric", "918", "name", "Twice State, renamed")));

            await("the update of XR").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(subscriptions.failure()).isNull();
                assertThat(received.data()).extracting(c -> c.getString("type")).contains("UPDATED");
            });
            assertThat(received.data()).extracting(c -> c.getString("type")).containsExactly("REGISTERED", "UPDATED");
        } finally {
            execute("remove-member-state", Map.of("code", "XR"));
        }
    }
}
