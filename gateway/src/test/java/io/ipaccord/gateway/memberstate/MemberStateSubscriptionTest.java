package io.ipaccord.gateway.memberstate;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

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
import io.ipaccord.gateway.Inputs;
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

/** Mutation -> member-service -> outbox -> Kafka -> gateway -> graphql-transport-ws subscriber. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class MemberStateSubscriptionTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void consumesTheContractsTopic() {
        assertThat(ConfigProvider.getConfig().getValue(
                "mp.messaging.incoming." + MemberStateChangeFeed.CHANNEL + ".topic", String.class))
                .isEqualTo(Topics.MEMBER_STATES);
    }

    @Test
    void subscriberReceivesTheChangesOfItsStateMadeThroughMutations() throws Exception {
        GatewayMetrics.awaitFeedAssigned(MemberStateChangeFeed.CHANNEL);
        List<Response> received = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        DynamicGraphQLClient client = new VertxDynamicGraphQLClientBuilder()
                .url(graphql.toString())
                .subprotocols(WebsocketSubprotocol.GRAPHQL_TRANSPORT_WS)
                .build();
        Cancellable subscription = client.subscription(GraphQLDocuments.load("member-state-changed"),
                Map.of("code", "XS")).subscribe().with(received::add, failure::set);
        try {
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
                        assertThat(failure.get()).isNull();
                        assertThat(received).hasSizeGreaterThanOrEqualTo(3);
                    });
            List<JsonObject> changes = received.stream()
                    .peek(r -> assertThat(r.getErrors()).as("errors").isNullOrEmpty())
                    .map(r -> r.getData().getJsonObject("memberStateChanged"))
                    .toList();
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
            subscription.cancel();
            client.close();
            execute("remove-member-state", Map.of("code", "XT"));
        }
    }
}
