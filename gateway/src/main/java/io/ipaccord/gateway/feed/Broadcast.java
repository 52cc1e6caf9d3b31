package io.ipaccord.gateway.feed;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * What a Kafka feed read, broadcast to the GraphQL subscribers of this gateway instance, from now on (no replay).
 * Each subscriber gets its own buffer and is served on a worker thread, so a slow or numerous audience never holds
 * up the Kafka consumer. Open subscriptions are counted in the gauge {@code ipaccord_gateway_subscriptions_active},
 * tagged with the subscription's name; the gauges exist from the start.
 */
public final class Broadcast<T> {

    /** Items buffered per subscriber that reads slower than they arrive; beyond that its subscription fails. */
    public static final int SUBSCRIBER_BUFFER = 1024;

    private final BroadcastProcessor<T> processor = BroadcastProcessor.create();
    private final Map<String, AtomicInteger> subscribers = new ConcurrentHashMap<>();

    /** @param subscriptions the GraphQL subscription fields this broadcast serves */
    public Broadcast(MeterRegistry registry, String... subscriptions) {
        for (String subscription : subscriptions) {
            AtomicInteger count = new AtomicInteger();
            subscribers.put(subscription, count);
            Gauge.builder("ipaccord.gateway.subscriptions.active", count, AtomicInteger::get)
                    .description("Open GraphQL subscriptions")
                    .tag("subscription", subscription)
                    .register(registry);
        }
    }

    public void publish(T item) {
        processor.onNext(item);
    }

    /** Items from now on, for one subscriber of {@code subscription} (one of the names given at construction). */
    public Multi<T> subscribe(String subscription) {
        AtomicInteger count = subscribers.get(subscription);
        if (count == null) {
            throw new IllegalArgumentException("Not a subscription of this broadcast: " + subscription);
        }
        return processor
                .onSubscription().invoke(count::incrementAndGet)
                .onTermination().invoke(count::decrementAndGet)
                .onOverflow().buffer(SUBSCRIBER_BUFFER)
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }
}
