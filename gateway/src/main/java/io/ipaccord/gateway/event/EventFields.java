package io.ipaccord.gateway.event;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.ipaccord.gateway.graphql.ArgumentBatch;
import io.ipaccord.gateway.graphql.BatchLookup;
import io.ipaccord.gateway.graphql.Dates;
import io.ipaccord.gateway.graphql.DatedKey;
import io.ipaccord.gateway.memberstate.MemberState;
import io.ipaccord.gateway.memberstate.MemberStateLookup;
import io.ipaccord.gateway.treaty.Treaty;
import io.ipaccord.gateway.treaty.TreatyLookup;
import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;

/**
 * The fields of {@code Event} that reach a service: every one batched, so a query level costs one call per backend
 * endpoint, whatever the number of events on it. {@code host} and {@code relatedStates} share one member-service
 * call per level.
 */
@GraphQLApi
public class EventFields {

    private static final String MEMBER_STATES = "Event.memberStates";
    private static final String TREATIES = "Event.relatedTreaties";

    @Inject EventLookup events;
    @Inject MemberStateLookup states;
    @Inject TreatyLookup treaties;
    @Inject Context context;

    @Description("The member state the event took place in; null when none (or unknown to member-service).")
    public CompletionStage<MemberState> host(@Source Event event) {
        if (event.hostCountry() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return memberStates(List.of(event.hostCountry())).thenApply(found -> found.get(0));
    }

    @Description("The member states the event concerns besides the host, as member-service knows them. At most"
            + " 250 (query cost).")
    public CompletionStage<List<@NonNull MemberState>> relatedStates(@Source Event event) {
        return memberStates(event.relatedStateCodes()).thenApply(EventFields::known);
    }

    @Description("The treaties the event concerns, computed as of today. At most 31 (query cost).")
    public CompletionStage<List<@NonNull Treaty>> relatedTreaties(@Source Event event) {
        if (event.relatedTreatyCodes().isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return ArgumentBatch.load(context, TREATIES, event.relatedTreatyCodes(),
                keys -> BatchLookup.flatLookup(keys, codes -> treaties.byKeys(codes.stream()
                        .map(code -> new DatedKey(code, Dates.today())).toList())))
                .thenApply(EventFields::known);
    }

    @Description("The event this one was part of, e.g. the official visit a forum was opened during.")
    public List<Event> parent(@Source List<Event> children) {
        return events.byIds(children.stream().map(Event::parentId).toList());
    }

    @Description("The events that were part of this one, by start date.")
    public List<List<@NonNull Event>> children(@Source List<Event> parents) {
        return events.childrenOf(parents.stream().map(Event::id).toList());
    }

    /** States of many code lists, one member-service call per level shared by {@code host} and {@code relatedStates}. */
    private CompletionStage<List<MemberState>> memberStates(List<String> codes) {
        if (codes.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return ArgumentBatch.load(context, MEMBER_STATES, codes, keys -> BatchLookup.flatLookup(keys, states::byCodes));
    }

    private static <V> List<V> known(List<V> values) {
        return values.stream().filter(Objects::nonNull).toList();
    }
}
