package io.ipaccord.gateway.feed;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * The one Kafka feed behind subscriptions: a channel's records, read by a {@link FeedReader} and broadcast to the
 * GraphQL subscribers of this gateway instance ({@link Broadcast}). Each instance reads each topic in a consumer
 * group of its own, from the latest offset and without committing, so every replica sees every event.
 * <p>
 * A feed is a bean per channel: a subclass whose only Kafka wiring is its {@code @Incoming(channel)} method handing
 * the record to {@link #accept}, and which is its channel's rebalance listener: it is qualified
 * {@code @Identifier(channel)}, the name of {@code mp.messaging.incoming.<channel>.consumer-rebalance-listener.name}.
 * The partitions it reads are the gauge {@code ipaccord_gateway_feed_partitions{channel="..."}}: until it is above
 * zero, the feed's events do not reach subscribers. A new consumer group starts at the latest offset; the start
 * positions are fixed as soon as partitions are assigned rather than at the first fetch, so an event published
 * after the gauge rises is never missed. Nothing being committed, a partition assigned again after a rebalance (the
 * broker restarted, the group coordinator moved) would start over at the latest offset and skip what was published
 * meanwhile: it resumes instead after the last record this instance read from it, and a record read before is not
 * broadcast a second time. Delivery on the topics is at least once (an outbox relay that could not record a round as
 * sent sends it again, with the same CloudEvents ids): an event whose {@code ce_id} is among the last
 * {@value #REMEMBERED_IDS} this feed read is not broadcast again either.
 */
public abstract class Feed<T> implements KafkaConsumerRebalanceListener {

    /** How many of the latest {@code ce_id}s a feed remembers (about 100 bytes each): far more than a resent round. */
    static final int REMEMBERED_IDS = 16_384;

    private final FeedReader<T> reader;
    private final Broadcast<T> broadcast;
    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
    /** Per partition ever assigned, the offset after the last record read (at first, the start position). */
    private final Map<TopicPartition, Long> resumeAt = new ConcurrentHashMap<>();
    private final Set<String> recentIds = Collections.newSetFromMap(new LinkedHashMap<>(REMEMBERED_IDS * 4 / 3 + 1) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_IDS;
        }
    });

    /** @param subscriptions the GraphQL subscription fields it serves */
    protected Feed(String channel, MeterRegistry registry, FeedReader<T> reader, String... subscriptions) {
        this.reader = reader;
        this.broadcast = new Broadcast<>(registry, subscriptions);
        Gauge.builder("ipaccord.gateway.feed.partitions", assigned, Set::size)
                .description("Partitions of the channel's topic this gateway instance reads")
                .tag("channel", channel)
                .register(registry);
    }

    /** A record of the channel. */
    protected void accept(ConsumerRecord<String, String> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Long next = resumeAt.get(partition);
        if (next != null && record.offset() < next) {
            return; // Read before a rebalance already.
        }
        resumeAt.put(partition, record.offset() + 1);
        FeedRecord event = FeedRecord.of(record);
        if (event.id() != null && !firstSeen(event.id())) {
            return; // The same event again (at-least-once delivery).
        }
        seen(event);
        reader.read(event).ifPresent(broadcast::publish);
    }

    /**
     * A record read for the first time, before its subscribers get it; tombstones and records this gateway does not
     * understand included (their key still names what changed). Nothing by default.
     */
    protected void seen(FeedRecord record) {
    }

    /**
     * The feed reads at least one partition ({@code true}) or none any more ({@code false}), called on every
     * assignment and revocation. Nothing by default.
     */
    protected void reading(boolean any) {
    }

    private boolean firstSeen(String id) {
        synchronized (recentIds) {
            return recentIds.add(id);
        }
    }

    /** What the feed reads from now on (no replay), for one subscriber of {@code subscription}. */
    protected Multi<T> subscribe(String subscription) {
        return broadcast.subscribe(subscription);
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            Long next = resumeAt.get(partition);
            if (next == null) {
                resumeAt.put(partition, consumer.position(partition));
            } else {
                consumer.seek(partition, next);
            }
        }
        assigned.addAll(partitions);
        reading(!assigned.isEmpty());
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assigned.removeAll(partitions);
        reading(!assigned.isEmpty());
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assigned.removeAll(partitions);
        reading(!assigned.isEmpty());
    }
}
