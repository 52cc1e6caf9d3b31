package io.ipaccord.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/**
 * A subscription whose document does not parse, or has none, is answered over the WebSocket with an error that has
 * {@code extensions.code} and, for a syntax error, its location, as the same document gets over HTTP; both
 * subprotocols, spoken frame by frame as a client library would.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class SubscriptionDocumentErrorsTest {

    @TestHTTPResource("/graphql") URI graphql;
    @Inject Vertx vertx;

    @Test
    void aSubscriptionThatDoesNotParseGetsACodeOverGraphqlTransportWs() throws Exception {
        JsonArray errors = refused("graphql-transport-ws", "subscribe", "subscription { memberStateChanged(code: \"CN\" ");
        assertThat(errors).hasSize(1);
        JsonObject error = errors.getJsonObject(0);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(error.getJsonArray("locations")).as("where the document stops making sense").isNotEmpty();
        assertThat(error.getString("message")).doesNotContain("Exception").doesNotContain("graphql.");
    }

    @Test
    void aSubscriptionWithNoDocumentGetsACode() throws Exception {
        JsonArray errors = refused("graphql-transport-ws", "subscribe", "  ");
        assertThat(errors.getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("GRAPHQL_PARSE_FAILED");
    }

    @Test
    void aSubscriptionThatDoesNotParseGetsACodeOverTheLegacyGraphqlWs() throws Exception {
        JsonArray errors = refused("graphql-ws", "start", "subscription {");
        assertThat(errors.getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("GRAPHQL_PARSE_FAILED");
    }

    /** Connects with the subprotocol, starts operation 1 with the document, returns the errors it is answered with. */
    private JsonArray refused(String subprotocol, String startType, String document) throws Exception {
        List<JsonObject> received = new CopyOnWriteArrayList<>();
        WebSocketClient client = vertx.createWebSocketClient();
        try {
            WebSocket socket = client.connect(new WebSocketConnectOptions().setHost(graphql.getHost())
                    .setPort(graphql.getPort()).setURI(graphql.getPath()).addSubProtocol(subprotocol))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            socket.textMessageHandler(text -> received.add(new JsonObject(text)));
            socket.writeTextMessage(new JsonObject().put("type", "connection_init").put("payload", new JsonObject())
                    .encode());
            await("connection_ack").atMost(Duration.ofSeconds(10))
                    .until(() -> received.stream().anyMatch(m -> "connection_ack".equals(m.getString("type"))));
            socket.writeTextMessage(new JsonObject().put("id", "1").put("type", startType)
                    .put("payload", new JsonObject().put("query", document)).encode());
            JsonObject answer = await("the answer to operation 1").atMost(Duration.ofSeconds(10))
                    .until(() -> received.stream().filter(m -> "1".equals(m.getString("id"))).findFirst().orElse(null),
                            m -> m != null);
            Object payload = answer.getValue("payload");
            // graphql-transport-ws: {"type":"error","payload":[errors]}; graphql-ws: errors in the payload or a result
            JsonArray errors = payload instanceof JsonArray array ? array
                    : payload instanceof JsonObject object && object.containsKey("errors") ? object.getJsonArray("errors")
                    : new JsonArray().add(payload);
            assertThat(errors).as("errors of " + answer).isNotEmpty();
            return errors;
        } finally {
            client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
