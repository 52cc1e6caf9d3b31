package io.ipaccord.gateway;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What every subscription test shares: its feed's channel reads the contract's topic, and subscribers connect once
 * the feed holds partitions (from then on no event is missed).
 */
public abstract class FeedTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    private final String channel;
    private final String topic;

    protected FeedTest(String channel, String topic) {
        this.channel = channel;
        this.topic = topic;
    }

    @Test
    void consumesTheContractsTopic() {
        GraphQLSubscriptions.assertChannelReads(channel, topic);
    }

    /** A graphql-transport-ws connection to the gateway, opened once the feed reads its topic. */
    protected GraphQLSubscriptions subscriptions() {
        GatewayMetrics.awaitFeedAssigned(channel);
        return GraphQLSubscriptions.connect(graphql);
    }

    /** The same, with {@code authorization} ({@code Bearer <JWT>}) in the {@code connection_init} payload. */
    protected GraphQLSubscriptions subscriptions(String authorization) {
        GatewayMetrics.awaitFeedAssigned(channel);
        return GraphQLSubscriptions.connect(graphql, authorization);
    }
}
