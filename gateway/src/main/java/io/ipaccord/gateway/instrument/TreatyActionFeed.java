package io.ipaccord.gateway.instrument;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.treaty.TreatyActionChangeType;
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
 * Instruments and entry-into-force notifications published on {@link io.ipaccord.contracts.Topics#TREATY_ACTIONS},
 * broadcast to the GraphQL subscribers of this gateway instance. Consumed like the member-state changes: a consumer
 * group per instance, from the latest offset, nothing committed.
 */
@Startup // its gauges exist from the start
@ApplicationScoped
public class TreatyActionFeed {

    /** The incoming channel; its topic is configured as {@code mp.messaging.incoming.treaty-actions.topic}. */
    public static final String CHANNEL = "treaty-actions";
    static final String INSTRUMENT_DEPOSITED = "instrumentDeposited";
    static final String ENTRY_INTO_FORCE = "entryIntoForce";

    private final Broadcast<TreatyAction> broadcast;
    private final TreatyActionReader reader;

    TreatyActionFeed(ObjectMapper json, MeterRegistry registry) {
        this.reader = new TreatyActionReader(json);
        this.broadcast = new Broadcast<>(registry, INSTRUMENT_DEPOSITED, ENTRY_INTO_FORCE);
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

    /** Instruments deposited from now on, for one subscriber. */
    public Multi<Instrument> instrumentsDeposited() {
        return broadcast.subscribe(INSTRUMENT_DEPOSITED)
                .select().where(action -> action instanceof TreatyAction.InstrumentChanged changed
                        && changed.type() == TreatyActionChangeType.INSTRUMENT_DEPOSITED)
                .map(action -> ((TreatyAction.InstrumentChanged) action).instrument());
    }

    /** Entry-into-force notifications from now on, for one subscriber. */
    public Multi<EntryIntoForce> entriesIntoForce() {
        return broadcast.subscribe(ENTRY_INTO_FORCE)
                .select().where(action -> action instanceof TreatyAction.Determined)
                .map(action -> ((TreatyAction.Determined) action).entryIntoForce());
    }
}
