package io.ipaccord.gateway.memberstate;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tracks the change feed's partitions, published as the gauge {@code ipaccord_gateway_member_state_changes_partitions}:
 * until it is above zero, changes do not reach subscribers. A new consumer group starts at the latest offset; the
 * start positions are fixed as soon as partitions are assigned rather than at the first fetch, so a change made
 * after the gauge rises is never missed.
 */
@ApplicationScoped
@Identifier(MemberStateChangeFeed.CHANNEL)
public class MemberStateChangeAssignment implements KafkaConsumerRebalanceListener {

    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();

    MemberStateChangeAssignment(MeterRegistry registry) {
        Gauge.builder("ipaccord.gateway.member_state_changes.partitions", assigned, Set::size)
                .description("Partitions of the member-states topic this gateway instance reads")
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
