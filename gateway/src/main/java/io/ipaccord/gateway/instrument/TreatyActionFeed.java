package io.ipaccord.gateway.instrument;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.gateway.feed.Feed;
import io.ipaccord.gateway.graphql.Codes;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Singleton;

/**
 * Instruments and entry-into-force notifications published on {@link io.ipaccord.contracts.Topics#TREATY_ACTIONS},
 * and the subscriptions to them.
 */
@Startup // its gauges exist from the start
@Singleton
@Default
@Identifier(TreatyActionFeed.CHANNEL)
@GraphQLApi
public class TreatyActionFeed extends Feed<TreatyAction> {

    /** The incoming channel; its topic is configured as {@code mp.messaging.incoming.treaty-actions.topic}. */
    public static final String CHANNEL = "treaty-actions";
    static final String INSTRUMENT_DEPOSITED = "instrumentDeposited";
    static final String ENTRY_INTO_FORCE = "entryIntoForce";

    TreatyActionFeed(ObjectMapper json, MeterRegistry registry) {
        super(CHANNEL, registry, new TreatyActionReader(json), INSTRUMENT_DEPOSITED, ENTRY_INTO_FORCE);
    }

    @Incoming(CHANNEL)
    void onRecord(ConsumerRecord<String, String> record) {
        accept(record);
    }

    @Subscription("instrumentDeposited")
    @Description("Instruments deposited from now on: for every treaty, or for one.")
    public Multi<Instrument> instrumentDeposited(@Id @Description("A treaty's code.") String treaty) {
        String wanted = Codes.normalize(treaty);
        Multi<Instrument> deposited = subscribe(INSTRUMENT_DEPOSITED)
                .select().where(action -> action instanceof TreatyAction.InstrumentChanged changed
                        && changed.type() == TreatyActionChangeType.INSTRUMENT_DEPOSITED)
                .map(action -> ((TreatyAction.InstrumentChanged) action).instrument());
        return wanted == null ? deposited : deposited.select().where(i -> i.treaty().equals(wanted));
    }

    @Subscription("entryIntoForce")
    @Description("Entry-into-force notifications from now on (a treaty in force for its first parties, a party bound"
            + " from a date): for every treaty, or for one.")
    public Multi<EntryIntoForce> entryIntoForce(@Id @Description("A treaty's code.") String treaty) {
        String wanted = Codes.normalize(treaty);
        Multi<EntryIntoForce> notifications = subscribe(ENTRY_INTO_FORCE)
                .select().where(action -> action instanceof TreatyAction.Determined)
                .map(action -> ((TreatyAction.Determined) action).entryIntoForce());
        return wanted == null ? notifications : notifications.select().where(e -> e.treaty().equals(wanted));
    }
}
