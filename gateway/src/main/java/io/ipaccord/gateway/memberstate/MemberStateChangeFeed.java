package io.ipaccord.gateway.memberstate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.gateway.feed.Feed;
import io.ipaccord.gateway.feed.FeedRecord;
import io.ipaccord.gateway.graphql.Codes;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Singleton;

/**
 * Every change published on {@link io.ipaccord.contracts.Topics#MEMBER_STATES}, and its subscription; it also keeps
 * the {@link MemberStateCache} in step (each record evicts its state).
 */
@Startup // its gauges exist from the start, not from the first change
@Singleton
@Default
@Identifier(MemberStateChangeFeed.CHANNEL)
@GraphQLApi
public class MemberStateChangeFeed extends Feed<MemberStateChange> {

    /** The incoming channel; its topic is configured as {@code mp.messaging.incoming.member-state-changes.topic}. */
    public static final String CHANNEL = "member-state-changes";
    static final String SUBSCRIPTION = "memberStateChanged";

    private final MemberStateCache cache;

    MemberStateChangeFeed(ObjectMapper json, MeterRegistry registry, MemberStateCache cache) {
        super(CHANNEL, registry, new MemberStateChangeReader(json), SUBSCRIPTION);
        this.cache = cache;
    }

    @Override
    protected void seen(FeedRecord record) {
        cache.changed(record.key()); // a record without a key (none is published so) drops every state
    }

    @Override
    protected void reading(boolean any) {
        cache.reading(any);
    }

    @Incoming(CHANNEL)
    void onRecord(ConsumerRecord<String, String> record) {
        accept(record);
    }

    @Subscription("memberStateChanged")
    @Description("Changes of member states from now on: all of them, or those of one code.")
    public Multi<MemberStateChange> memberStateChanged(@Id String code) {
        String wanted = Codes.normalize(code);
        Multi<MemberStateChange> changes = subscribe(SUBSCRIPTION);
        return wanted == null ? changes : changes.select().where(change -> change.code().equals(wanted));
    }
}
