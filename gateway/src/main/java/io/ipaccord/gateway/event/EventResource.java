package io.ipaccord.gateway.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.ipaccord.gateway.error.NotFoundException;
import io.ipaccord.gateway.error.ValidationException;
import io.ipaccord.gateway.graphql.ArgumentBatch;
import io.ipaccord.gateway.graphql.Dates;
import io.ipaccord.gateway.graphql.DatedKey;
import io.ipaccord.gateway.graphql.PageCursor;
import io.ipaccord.gateway.graphql.PageEdges;
import io.ipaccord.gateway.graphql.PageInfo;
import io.ipaccord.gateway.memberstate.MemberState;
import io.ipaccord.gateway.memberstate.MemberStateLookup;
import io.ipaccord.gateway.treaty.Treaty;
import io.ipaccord.gateway.treaty.TreatyLookup;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;

/**
 * Events: queries and mutations forwarded to event-service, scheduled events from Kafka, and the event fields of
 * other types ({@code MemberState.events}, {@code Treaty.events}). Every field that reaches another service is
 * batched: a query level costs one call per backend endpoint, whatever the number of events on it. {@code host}
 * and {@code relatedStates} share one member-service call per level.
 */
@GraphQLApi
public class EventResource {

    static final int DEFAULT_PAGE = 50;
    private static final String MEMBER_STATES = "Event.memberStates";
    private static final String TREATIES = "Event.relatedTreaties";

    private final EventServiceBackend backend;
    private final EventLookup events;
    private final MemberStateLookup states;
    private final TreatyLookup treaties;
    private final EventFeed feed;

    @Inject
    Context context;

    EventResource(EventServiceBackend backend, EventLookup events, MemberStateLookup states, TreatyLookup treaties,
            EventFeed feed) {
        this.backend = backend;
        this.events = events;
        this.states = states;
        this.treaties = treaties;
        this.feed = feed;
    }

    @Query("events")
    @Description("Events matching a filter, one page at a time.")
    public EventConnection events(EventFilter filter,
            @DefaultValue("START_DATE") EventSort sort,
            @DefaultValue("50") @Description("Page size, 1 to 500.") Integer first,
            @Description("`endCursor` (or any edge's `cursor`) of the previous page.") String after) {
        int size = first == null ? DEFAULT_PAGE : first;
        if (size < 1 || size > EventServiceBackend.MAX_PAGE) {
            throw ValidationException.of("first", "must be between 1 and " + EventServiceBackend.MAX_PAGE);
        }
        PageCursor start = PageCursor.decode(after, "after");
        int fetch = Math.min(EventServiceBackend.MAX_PAGE, start.skip() + size);
        EventPage page = backend.list(filter == null ? null : filter.normalized(), sort, fetch, start.backendAfter());
        List<EventEdge> edges = PageEdges.of(page.items(), start, page.pageInfo().endCursor(),
                (cursor, data) -> new EventEdge(cursor, Event.from(data)));
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new EventConnection(edges, edges.stream().map(EventEdge::node).toList(),
                new PageInfo(endCursor, page.pageInfo().hasNextPage()), Math.toIntExact(page.totalCount()));
    }

    @Query("event")
    @Description("The event with this id (e.g. EV-2012-AVP-DC), or null if there is none.")
    public Event event(@Id @NonNull String id) {
        try {
            return Event.from(backend.get(id.trim()));
        } catch (NotFoundException unknown) {
            return null;
        }
    }

    @Mutation("scheduleEvent")
    @Description("Schedules (or records) an event. Errors: VALIDATION (extensions.fields; also an unknown or removed"
            + " hostCountry, relatedStates[i], relatedTreaties[i], an unknown parentId), CONFLICT (id taken).")
    public Event scheduleEvent(@NonNull ScheduleEventInput input) {
        return Event.from(backend.schedule(input));
    }

    @Mutation("updateEvent")
    @Description("Replaces the facts of an event (participants and figures are kept). Errors: VALIDATION, NOT_FOUND.")
    public Event updateEvent(@Id @NonNull String id, @NonNull UpdateEventInput input) {
        return Event.from(backend.update(id.trim(), input));
    }

    @Mutation("cancelEvent")
    @Description("Cancels an event (status CANCELLED). Errors: NOT_FOUND, CONFLICT if it is already cancelled.")
    public Event cancelEvent(@Id @NonNull String id) {
        return Event.from(backend.cancel(id.trim()));
    }

    @Mutation("addParticipant")
    @Description("Adds an organisation or a person to an event. Errors: VALIDATION, NOT_FOUND (no such event).")
    public Participant addParticipant(@Id @NonNull String eventId, @NonNull ParticipantInput input) {
        return Participant.from(backend.addParticipant(eventId.trim(), input));
    }

    @Subscription("eventScheduled")
    @Description("Events scheduled from now on: all of them, or those hosted by or related to one country.")
    public Multi<Event> eventScheduled(@Id @Description("A state's ISO 3166-1 alpha-2 code.") String country) {
        Multi<Event> scheduled = feed.scheduled();
        if (country == null) {
            return scheduled;
        }
        String wanted = country.trim().toUpperCase(Locale.ROOT);
        return scheduled.select().where(event -> wanted.equals(event.hostCountry())
                || event.relatedStateCodes().contains(wanted));
    }

    // ---- Event fields reaching other services ----

    @Description("The member state the event took place in; null when none (or unknown to member-service).")
    public CompletionStage<MemberState> host(@Source Event event) {
        if (event.hostCountry() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return memberStates(List.of(event.hostCountry())).thenApply(found -> found.get(0));
    }

    @Description("The member states the event concerns besides the host, as member-service knows them.")
    public CompletionStage<List<@NonNull MemberState>> relatedStates(@Source Event event) {
        return memberStates(event.relatedStateCodes()).thenApply(EventResource::known);
    }

    @Description("The treaties the event concerns, computed as of today.")
    public CompletionStage<List<@NonNull Treaty>> relatedTreaties(@Source Event event) {
        if (event.relatedTreatyCodes().isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return ArgumentBatch.load(context, TREATIES, event.relatedTreatyCodes(),
                keys -> flatLookup(keys, codes -> treaties.byKeys(codes.stream()
                        .map(code -> new DatedKey(code, Dates.today())).toList())))
                .thenApply(EventResource::known);
    }

    @Description("The event this one was part of, e.g. the official visit a forum was opened during.")
    public List<Event> parent(@Source List<Event> children) {
        return events.byIds(children.stream().map(Event::parentId).toList());
    }

    @Description("The events that were part of this one, by start date.")
    public List<List<@NonNull Event>> children(@Source List<Event> parents) {
        return events.childrenOf(parents.stream().map(Event::id).toList());
    }

    // ---- event fields of other types ----

    @Name("events")
    @Description("Events the state hosted or is related to, by start date.")
    public List<List<@NonNull Event>> stateEvents(@Source List<MemberState> memberStates) {
        return events.ofStates(memberStates.stream().map(MemberState::code).toList());
    }

    @Name("events")
    @Description("Events related to the treaty (its diplomatic conference, deposits, anniversaries...), by start date.")
    public List<List<@NonNull Event>> treatyEvents(@Source List<Treaty> treatyList) {
        return events.ofTreaties(treatyList.stream().map(Treaty::code).toList());
    }

    /** States of many code lists, one member-service call per level shared by {@code host} and {@code relatedStates}. */
    private CompletionStage<List<MemberState>> memberStates(List<String> codes) {
        if (codes.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return ArgumentBatch.load(context, MEMBER_STATES, codes, keys -> flatLookup(keys, states::byCodes));
    }

    /**
     * One lookup for the codes of all keys, split back per key: {@code lookup} answers position for position (null
     * where a code is unknown).
     */
    static <V> List<List<V>> flatLookup(List<List<String>> keys, java.util.function.Function<List<String>, List<V>> lookup) {
        List<String> distinct = keys.stream().flatMap(List::stream).distinct().toList();
        List<V> found = lookup.apply(distinct);
        Map<String, V> byCode = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            byCode.put(distinct.get(i), found.get(i));
        }
        List<List<V>> split = new ArrayList<>(keys.size());
        for (List<String> key : keys) {
            List<V> values = new ArrayList<>(key.size());
            key.forEach(code -> values.add(byCode.get(code)));
            split.add(values);
        }
        return split;
    }

    private static <V> List<V> known(List<V> values) {
        return values.stream().filter(Objects::nonNull).toList();
    }
}
