package io.ipaccord.gateway.event;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.event.EventChangeType;
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
 * Changes of events published on {@link io.ipaccord.contracts.Topics#EVENTS}, broadcast to the GraphQL subscribers
 * of this gateway instance. Consumed like the other feeds: a consumer group per instance, from the latest offset,
 * nothing committed.
 */
@Startup // its gauges exist from the start
@ApplicationScoped
public class EventFeed {

    /** The incoming channel; its topic is configured as {@code mp.messaging.incoming.event-changes.topic}. */
    public static final String CHANNEL = "event-changes";
    static final String EVENT_SCHEDULED = "eventScheduled";

    private final Broadcast<EventChange> broadcast;
    private final EventChangeReader reader;

    EventFeed(ObjectMapper json, MeterRegistry registry) {
        this.reader = new EventChangeReader(json);
        this.broadcast = new Broadcast<>(registry, EVENT_SCHEDULED);
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

    /** Events scheduled from now on, for one subscriber. */
    public Multi<Event> scheduled() {
        return broadcast.subscribe(EVENT_SCHEDULED)
                .select().where(change -> change.type() == EventChangeType.SCHEDULED)
                .map(EventChange::event);
    }
}
