package io.ipaccord.gateway.auth;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.Topics;
import io.ipaccord.gateway.FeedTest;
import io.ipaccord.gateway.GatewayMetrics;
import io.ipaccord.gateway.GraphQLSubscriptions;
import io.ipaccord.gateway.GraphQLSubscriptions.Received;
import io.ipaccord.gateway.Inputs;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.gateway.memberstate.MemberStateChangeFeed;
import io.ipaccord.testing.auth.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Subscriptions are reads: a token in the graphql-ws {@code connection_init} payload is accepted (and verified), none is
 * needed, and an invalid one is refused. Code XM is user-assigned in ISO 3166, used by no other test.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class SubscriptionTokenTest extends FeedTest {

    SubscriptionTokenTest() {
        super(MemberStateChangeFeed.CHANNEL, Topics.MEMBER_STATES);
    }

    @Test
    void aValidTokenInConnectionInitIsAccepted() throws Exception {
        try (GraphQLSubscriptions subscriptions = subscriptions(Tokens.bearer(Tokens.reader()))) {
            Received received = subscriptions.subscribe("member-state-changed", Map.of("code", "XM"),
                    "memberStateChanged");
            GatewayMetrics.awaitSubscriptions("memberStateChanged", 1);
            execute("register-member-state", Map.of("input", Inputs.newState("XM", "XMM", "986", "Subscribed Republic")));
            await("the registration of XM").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(subscriptions.failure()).isNull();
                assertThat(received.size()).isEqualTo(1);
            });
            assertThat(received.data().get(0).getString("type")).isEqualTo("REGISTERED");
        } finally {
            execute("remove-member-state", Map.of("code", "XM"));
        }
    }

    @Test
    void anInvalidTokenInConnectionInitIsRefused() throws Exception {
        try (GraphQLSubscriptions subscriptions = subscriptions(Tokens.bearer(Tokens.expired("editor")))) {
            subscriptions.subscribe("member-state-changed", Map.of("code", "XM"), "memberStateChanged");
            await("the connection refused").atMost(Duration.ofSeconds(20))
                    .until(() -> subscriptions.failure() != null);
        }
    }
}
