package io.ipaccord.gateway.event;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.gateway.feed.Feed;
import io.ipaccord.gateway.graphql.Codes;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Singleton;

/** Changes of events published on {@link io.ipaccord.contracts.Topics#EVENTS}, and the subscription to them. */
@Startup // its gauges exist from the start
@Singleton
@Default
@Identifier(EventFeed.CHANNEL)
@GraphQLApi
public class EventFeed extends Feed<EventChange> {

    /** The incoming channel; its topic is configured as {@code mp.messaging.incoming.event-changes.topic}. */
    public static final String CHANNEL = "event-changes";
    static final String EVENT_SCHEDULED = "eventScheduled";

    EventFeed(ObjectMapper json, MeterRegistry registry) {
        super(CHANNEL, registry, new EventChangeReader(json), EVENT_SCHEDULED);
    }

    @Incoming(CHANNEL)
    void onRecord(ConsumerRecord<String, String> record) {
        accept(record);
    }

    @Subscription("eventScheduled")
    @Description("Events scheduled from now on: all of them, or those hosted by or related to one country.")
    public Multi<Event> eventScheduled(@Id @Description("A party code: a state's ISO 3166-1 alpha-2"
            + " code or an organisation's WIPO ST.3 code (events related to it).") String country) {
        String wanted = Codes.normalize(country);
        Multi<Event> scheduled = subscribe(EVENT_SCHEDULED)
                .select().where(change -> change.type() == EventChangeType.SCHEDULED)
                .map(EventChange::event);
        return wanted == null ? scheduled : scheduled.select().where(event -> wanted.equals(event.hostCountry())
                || event.relatedStateCodes().contains(wanted));
    }
}
