package io.ipaccord.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder;
import io.smallrye.graphql.client.websocket.WebsocketSubprotocol;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.json.JsonObject;

/**
 * Subscriptions to the gateway under test over graphql-transport-ws, each collecting what it receives; closing
 * cancels them all and closes the connection.
 */
public final class GraphQLSubscriptions implements AutoCloseable {

    private final DynamicGraphQLClient client;
    private final List<Cancellable> open = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private GraphQLSubscriptions(URI graphql, Map<String, Object> initPayload) {
        this.client = new VertxDynamicGraphQLClientBuilder()
                .url(graphql.toString())
                .subprotocols(WebsocketSubprotocol.GRAPHQL_TRANSPORT_WS)
                .initPayload(initPayload)
                .build();
    }

    public static GraphQLSubscriptions connect(URI graphql) {
        return new GraphQLSubscriptions(graphql, Map.of());
    }

    /** A connection whose {@code connection_init} payload carries {@code {"Authorization": authorization}}. */
    public static GraphQLSubscriptions connect(URI graphql, String authorization) {
        return new GraphQLSubscriptions(graphql, Map.of("Authorization", authorization));
    }

    /** Asserts that a feed's channel reads the contract's topic. */
    public static void assertChannelReads(String channel, String topic) {
        assertThat(ConfigProvider.getConfig().getValue("mp.messaging.incoming." + channel + ".topic", String.class))
                .isEqualTo(topic);
    }

    /** Subscribes with document {@code graphql/<document>.graphql}, whose one field is {@code field}. */
    public Received subscribe(String document, Map<String, Object> variables, String field) {
        Received received = new Received(field);
        open.add(client.subscription(GraphQLDocuments.load(document), variables)
                .subscribe().with(received.responses::add, failure::set));
        return received;
    }

    /** What ended a subscription with an error, null while none did. */
    public Throwable failure() {
        return failure.get();
    }

    @Override
    public void close() throws Exception {
        open.forEach(Cancellable::cancel);
        client.close();
    }

    /** What one subscription received, in order. */
    public static final class Received {

        private final String field;
        private final List<Response> responses = new CopyOnWriteArrayList<>();

        private Received(String field) {
            this.field = field;
        }

        public int size() {
            return responses.size();
        }

        public void clear() {
            responses.clear();
        }

        /** The field of every response so far, asserting none carried errors. */
        public List<JsonObject> data() {
            return responses.stream()
                    .peek(r -> assertThat(r.getErrors()).as("errors").isNullOrEmpty())
                    .map(r -> r.getData().getJsonObject(field))
                    .toList();
        }

        /** The {@code id} of each. */
        public List<String> ids() {
            return data().stream().map(e -> e.getString("id")).toList();
        }
    }
}
