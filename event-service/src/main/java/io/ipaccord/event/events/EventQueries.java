package io.ipaccord.event.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.ipaccord.contracts.event.EventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads events: one, many by id, a filtered page, by state, treaty or parent, and full-text search. */
@ApplicationScoped
public class EventQueries {

    public static final int MAX_PAGE = 500;
    public static final int MAX_SEARCH = 100;

    @Inject EventRepository repository;

    @Transactional
    public EventPage list(EventFilter filter, String sort, int first, String after) {
        EventOrder order = EventOrder.parse(sort);
        EventCursor cursor = EventCursor.decode(after, order);
        List<Event> events = repository.page(filter, order, cursor, first + 1);
        boolean hasNext = events.size() > first;
        List<Event> page = hasNext ? events.subList(0, first) : events;
        String endCursor = page.isEmpty() ? after : EventCursor.encode(order, page.get(page.size() - 1));
        return new EventPage(page.stream().map(EventMapper::toData).toList(), repository.count(filter),
                new EventPage.PageInfo(endCursor, hasNext));
    }

    /** Every event matching the filter (no paging: the caller narrows the filter), by start date then id. */
    @Transactional
    public List<EventData> matching(EventFilter filter) {
        return repository.matching(filter).stream().map(EventMapper::toData).toList();
    }

    @Transactional
    public EventData get(String id) {
        return EventMapper.toData(repository.require(id));
    }

    @Transactional
    public List<EventData> batch(List<String> ids) {
        return repository.findInOrder(ids).stream().map(EventMapper::toData).toList();
    }

    /** For each state asked (in order), the events it hosted or is related to, by start date. */
    @Transactional
    public Map<String, List<EventData>> byStates(List<String> states) {
        return grouped(states, repository.hostedByOrRelatedTo(states), event -> {
            Set<String> keys = new LinkedHashSet<>(event.relatedStates);
            if (event.hostCountry != null) {
                keys.add(event.hostCountry);
            }
            return keys;
        });
    }

    @Transactional
    public Map<String, List<EventData>> byTreaties(List<String> treaties) {
        return grouped(treaties, repository.relatedToTreaties(treaties), event -> event.relatedTreaties);
    }

    @Transactional
    public Map<String, List<EventData>> children(List<String> parents) {
        return grouped(parents, repository.childrenOf(parents), event -> List.of(event.parent.id));
    }

    @Transactional
    public List<SearchHit> search(String text, int limit) {
        Map<String, Double> ranks = repository.search(text, limit);
        return repository.findInOrder(ranks.keySet()).stream()
                .map(event -> new SearchHit(EventMapper.toData(event), ranks.get(event.id))).toList();
    }

    private static Map<String, List<EventData>> grouped(List<String> keys, List<Event> events,
            Function<Event, Collection<String>> keysOf) {
        Map<String, List<EventData>> grouped = new LinkedHashMap<>();
        keys.forEach(key -> grouped.put(key, new ArrayList<>()));
        for (Event event : events) {
            EventData data = EventMapper.toData(event);
            keysOf.apply(event).stream().filter(grouped::containsKey).forEach(key -> grouped.get(key).add(data));
        }
        return grouped;
    }
}
