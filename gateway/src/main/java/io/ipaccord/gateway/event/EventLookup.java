package io.ipaccord.gateway.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.gateway.backend.Backend;
import io.ipaccord.gateway.error.UnavailableException;
import io.ipaccord.gateway.graphql.BackendPage;
import io.ipaccord.gateway.graphql.BatchLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Events from event-service. In bulk, position for position: the helpers behind the batched resolvers, so a query
 * level costs one event-service call (per {@value EventServiceClient#MAX_PAGE} keys), not one per item.
 */
@ApplicationScoped
public class EventLookup {

    @Inject Backend<EventServiceClient> eventService;

    /** One page of a listing; {@code filter}'s codes as the backend expects them. */
    public BackendPage<EventData> page(EventFilter filter, EventSort sort, int first, String after) {
        EventFilter f = filter == null ? EventFilter.NONE : filter;
        String order = (sort == null ? EventSort.START_DATE : sort).parameter();
        return eventService.read("list", client -> client.list(f.type(), f.from(), f.to(), f.host(), f.treaty(),
                f.state(), f.organisation(), f.text(), f.status(), f.series(), f.body(), f.meeting(), order, first, after));
    }

    /**
     * Every event of a listing, page after page until event-service says it was the last: a timeline is complete or
     * absent. Bounded by the listing's own total, not by a number of pages: a backend that keeps handing out pages
     * past the events it counts fails the call ({@code UNAVAILABLE}) rather than loop or truncate.
     */
    public List<Event> all(EventFilter filter) {
        return all(after -> page(filter, EventSort.START_DATE, EventServiceClient.MAX_PAGE, after));
    }

    static List<Event> all(Function<String, BackendPage<EventData>> pages) {
        List<Event> events = new ArrayList<>();
        long total = 0;
        String after = null;
        for (int read = 1;; read++) {
            BackendPage<EventData> page = pages.apply(after);
            page.items().forEach(data -> events.add(Event.from(data)));
            after = page.next();
            if (after == null) {
                return events;
            }
            // events scheduled meanwhile may raise the total: the bound follows it, one page of slack
            total = Math.max(total, page.totalCount());
            if (read > total / EventServiceClient.MAX_PAGE + 1) {
                throw new UnavailableException(EventServiceClient.SERVICE, EventServiceClient.SERVICE
                        + " kept listing events past the " + total + " it counts", null);
            }
        }
    }

    /** Full-text matches, best first. */
    public List<EventMatch> search(String text, int limit) {
        return eventService.read("search", client -> client.search(text, limit));
    }

    /** The event of each id; null where the id is null or unknown. */
    public List<Event> byIds(List<String> ids) {
        return BatchLookup.align(ids, EventServiceClient.MAX_PAGE, chunk -> {
            Map<String, Event> found = new HashMap<>();
            eventService.read("batch", client -> client.batch(keys(chunk)))
                    .forEach(data -> found.put(data.id(), Event.from(data)));
            return found;
        });
    }

    /** Each event's children by start date. */
    public List<List<Event>> childrenOf(List<String> parents) {
        return lists(parents, chunk -> eventService.read("children", client -> client.children(keys(chunk))));
    }

    /** The events each state hosted or is related to, by start date. */
    public List<List<Event>> ofStates(List<String> states) {
        return lists(states, chunk -> eventService.read("byStates", client -> client.byStates(keys(chunk))));
    }

    /** The events related to each treaty, by start date. */
    public List<List<Event>> ofTreaties(List<String> treaties) {
        return lists(treaties, chunk -> eventService.read("byTreaties", client -> client.byTreaties(keys(chunk))));
    }

    /** Empty lists where the backend has nothing for a key. */
    static List<List<Event>> lists(List<String> keys, Function<List<String>, Map<String, List<EventData>>> fetch) {
        List<List<Event>> aligned = BatchLookup.align(keys, EventServiceClient.MAX_PAGE, chunk -> {
            Map<String, List<Event>> found = new HashMap<>();
            fetch.apply(List.copyOf(chunk)).forEach((key, events) -> found.put(key,
                    events == null ? List.of() : events.stream().map(Event::from).toList()));
            return found;
        });
        return aligned.stream().map(events -> events == null ? List.<Event>of() : events).toList();
    }

    private static String keys(List<String> chunk) {
        return Backend.batch(chunk, EventServiceClient.MAX_PAGE);
    }
}
