package io.ipaccord.gateway.memberstate;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every change published on {@link io.ipaccord.contracts.Topics#MEMBER_STATES}, broadcast to all GraphQL
 * subscribers of this gateway instance. Each instance consumes in a consumer group of its own
 * ({@code gateway-${quarkus.uuid}}, starting at the latest offset), so every replica sees every change.
 */
@Startup // its gauge exists from the start, not from the first change
@ApplicationScoped
public class MemberStateChangeFeed {

    /** The incoming channel; its topic is configured as {@code mp.messaging.incoming.member-state-changes.topic}. */
    public static final String CHANNEL = "member-state-changes";
    /** Changes buffered per subscriber that reads slower than they arrive; beyond that its subscription fails. */
    static final int SUBSCRIBER_BUFFER = 1024;

    private final BroadcastProcessor<MemberStateChange> broadcast = BroadcastProcessor.create();
    private final MemberStateChangeReader reader;
    private final AtomicInteger subscribers = new AtomicInteger();

    MemberStateChangeFeed(ObjectMapper json, MeterRegistry registry) {
        this.reader = new MemberStateChangeReader(json);
        Gauge.builder("ipaccord.gateway.subscriptions.active", subscribers, AtomicInteger::get)
                .description("Open GraphQL subscriptions")
                .tag("subscription", "memberStateChanged")
                .register(registry);
    }

    @Incoming(CHANNEL)
    void onRecord(ConsumerRecord<String, String> record) {
        reader.read(record.key(), record.headers(), record.value()).ifPresent(broadcast::onNext);
    }

    /**
     * Changes from now on (no replay). Each subscriber gets its own buffer and is served on a worker thread, so a
     * slow or numerous audience never holds up the Kafka consumer.
     */
    public Multi<MemberStateChange> changes() {
        return broadcast
                .onSubscription().invoke(subscribers::incrementAndGet)
                .onTermination().invoke(subscribers::decrementAndGet)
                .onOverflow().buffer(SUBSCRIBER_BUFFER)
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }
}
