package io.ipaccord.gateway.feed;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Tracks the partitions a feed's channel reads, published as the gauge
 * {@code ipaccord_gateway_feed_partitions{channel="..."}}: until it is above zero, that feed's events do not reach
 * subscribers. A new consumer group starts at the latest offset; the start positions are fixed as soon as
 * partitions are assigned rather than at the first fetch, so an event published after the gauge rises is never
 * missed. Each feed produces one, named after its channel
 * ({@code mp.messaging.incoming.<channel>.consumer-rebalance-listener.name}).
 */
public final class FeedPartitions implements KafkaConsumerRebalanceListener {

    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();

    public FeedPartitions(String channel, MeterRegistry registry) {
        Gauge.builder("ipaccord.gateway.feed.partitions", assigned, Set::size)
                .description("Partitions of the channel's topic this gateway instance reads")
                .tag("channel", channel)
                .register(registry);
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(consumer::position);
        assigned.addAll(partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assigned.removeAll(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assigned.removeAll(partitions);
    }
}
