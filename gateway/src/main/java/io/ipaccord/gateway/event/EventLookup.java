package io.ipaccord.gateway.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.ipaccord.contracts.event.EventData;
import io.ipaccord.gateway.graphql.BatchLookup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Events in bulk, position for position: the helpers behind the batched resolvers, so a query level costs one
 * event-service call (per {@value EventServiceBackend#MAX_PAGE} keys), not one per item.
 */
@ApplicationScoped
public class EventLookup {

    private final EventServiceBackend backend;

    EventLookup(EventServiceBackend backend) {
        this.backend = backend;
    }

    /** The event of each id; null where the id is null or unknown. */
    public List<Event> byIds(List<String> ids) {
        return BatchLookup.align(ids, EventServiceBackend.MAX_PAGE, chunk -> {
            Map<String, Event> found = new HashMap<>();
            backend.batch(List.copyOf(chunk)).forEach(data -> found.put(data.id(), Event.from(data)));
            return found;
        });
    }

    /** Each event's children by start date. */
    public List<List<Event>> childrenOf(List<String> parents) {
        return lists(parents, backend::children);
    }

    /** The events each state hosted or is related to, by start date. */
    public List<List<Event>> ofStates(List<String> states) {
        return lists(states, backend::byStates);
    }

    /** The events related to each treaty, by start date. */
    public List<List<Event>> ofTreaties(List<String> treaties) {
        return lists(treaties, backend::byTreaties);
    }

    /** Empty lists where the backend has nothing for a key. */
    static List<List<Event>> lists(List<String> keys, Function<List<String>, Map<String, List<EventData>>> fetch) {
        List<List<Event>> aligned = BatchLookup.align(keys, EventServiceBackend.MAX_PAGE, chunk -> {
            Map<String, List<Event>> found = new HashMap<>();
            fetch.apply(List.copyOf(chunk)).forEach((key, events) -> found.put(key,
                    events == null ? List.of() : events.stream().map(Event::from).toList()));
            return found;
        });
        return aligned.stream().map(events -> events == null ? List.<Event>of() : events).toList();
    }
}
