package io.ipaccord.gateway.memberstate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.gateway.feed.Broadcast;
import io.ipaccord.gateway.feed.FeedPartitions;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Every change published on {@link io.ipaccord.contracts.Topics#MEMBER_STATES}, broadcast to all GraphQL
 * subscribers of this gateway instance. Each instance consumes in a consumer group of its own (starting at the
 * latest offset), so every replica sees every change.
 */
@Startup // its gauges exist from the start, not from the first change
@ApplicationScoped
public class MemberStateChangeFeed {

    /** The incoming channel; its topic is configured as {@code mp.messaging.incoming.member-state-changes.topic}. */
    public static final String CHANNEL = "member-state-changes";
    static final String SUBSCRIPTION = "memberStateChanged";

    private final Broadcast<MemberStateChange> broadcast;
    private final MemberStateChangeReader reader;

    MemberStateChangeFeed(ObjectMapper json, MeterRegistry registry) {
        this.reader = new MemberStateChangeReader(json);
        this.broadcast = new Broadcast<>(registry, SUBSCRIPTION);
    }

    @Produces
    @Singleton
    @Identifier(CHANNEL)
    static KafkaConsumerRebalanceListener partitions(MeterRegistry registry) {
        return new FeedPartitions(CHANNEL, registry);
    }

    @Incoming(CHANNEL)
    void onRecord(ConsumerRecord<String, String> record) {
        reader.read(record.key(), record.headers(), record.value()).ifPresent(broadcast::publish);
    }

    /** Changes from now on (no replay), for one subscriber. */
    public Multi<MemberStateChange> changes() {
        return broadcast.subscribe(SUBSCRIPTION);
    }
}
