package io.ipaccord.event.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.ParticipantKind;
import io.ipaccord.event.series.EventSeries;
import io.ipaccord.event.series.EventSeriesRepository;
import io.ipaccord.platform.outbox.Outbox;
import io.ipaccord.platform.problem.Problem.FieldError;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.problem.ProblemKind;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.Reference;
import io.ipaccord.platform.replica.ReferenceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Reads and writes events. Every write queues the event's new state in the same transaction, and the new state of
 * each parent whose children changed with it.
 */
@ApplicationScoped
public class EventService {

    public static final int MAX_PAGE = 500;
    public static final int MAX_SEARCH = 100;

    /** Where a write comes from: API writes may only refer to states and treaties the replicas know. */
    public enum Origin {
        API,
        /** Curated reference data, checked against its own reference files; the replicas may not have caught up. */
        SEED
    }

    private final EventRepository repository;
    private final EventSeriesRepository seriesRepository;
    private final KnownReferences references;
    private final Outbox outbox;

    EventService(EventRepository repository, EventSeriesRepository seriesRepository, KnownReferences references, Outbox outbox) {
        this.repository = repository;
        this.seriesRepository = seriesRepository;
        this.references = references;
        this.outbox = outbox;
    }

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

    @Transactional
    public EventData get(String id) {
        return EventMapper.toData(find(id));
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

    @Transactional
    public EventData schedule(EventInput input, Origin origin) {
        String id = input.id() == null ? "EV-" + UUID.randomUUID() : input.id();
        if (repository.findByIdOptional(id).isPresent()) {
            throw ProblemException.conflict("id", "Event " + id + " already exists");
        }
        EventChange change = input.change();
        requireValid(change, false);
        List<ParticipantInput> participants = input.participants() == null ? List.of() : input.participants();
        for (int i = 0; i < participants.size(); i++) {
            requireValid(participants.get(i), "participants[" + i + "].");
        }
        Event event = new Event();
        event.id = id;
        Links links = resolve(change, event, origin);
        EventMapper.apply(change, event);
        event.status = change.status() == null ? EventStatus.PLANNED : change.status();
        event.series = links.series();
        participants.forEach(p -> event.participants.add(EventMapper.participant(p, event)));
        if (input.attendance() != null) {
            input.attendance().forEach(a -> event.attendance.add(EventMapper.attendance(a, event)));
        }
        List<Event> touched = moveTo(event, links.parent());
        return save(event, EventChangeType.SCHEDULED, () -> repository.persist(event), touched);
    }

    @Transactional
    public EventData update(String id, EventChange change) {
        Event event = find(id);
        requireValid(change, true);
        Links links = resolve(change, event, Origin.API);
        EventMapper.apply(change, event);
        if (change.status() != null) {
            event.status = change.status();
        }
        event.series = links.series();
        List<Event> touched = moveTo(event, links.parent());
        return save(event, EventChangeType.UPDATED, () -> { }, touched);
    }

    @Transactional
    public EventData cancel(String id) {
        Event event = find(id);
        if (event.status == EventStatus.CANCELLED) {
            throw ProblemException.conflict("status", "Event " + id + " is already cancelled");
        }
        event.status = EventStatus.CANCELLED;
        return save(event, EventChangeType.CANCELLED, () -> { }, List.of());
    }

    @Transactional
    public void remove(String id) {
        Event event = find(id);
        if (!event.children.isEmpty()) {
            throw ProblemException.conflict("childIds", "Event " + id + " has children ("
                    + event.children.stream().map(child -> child.id).collect(Collectors.joining(", "))
                    + "); remove them or give them another parent first");
        }
        EventData last = EventMapper.toData(event);
        List<Event> touched = moveTo(event, null);
        touch(touched);
        repository.delete(event);
        repository.flush();
        outbox.publish(Topics.EVENTS, id, EventChangeType.REMOVED.ceType(), last);
        outbox.publishTombstone(Topics.EVENTS, id);
        publish(touched);
    }

    @Transactional
    public List<EventData.Participant> participants(String id) {
        return find(id).participants.stream().map(EventMapper::toData).toList();
    }

    @Transactional
    public EventData.Participant addParticipant(String id, ParticipantInput input) {
        requireValid(input, "");
        Event event = find(id);
        EventParticipant participant = EventMapper.participant(input, event);
        event.participants.add(participant);
        save(event, EventChangeType.UPDATED, () -> { }, List.of());
        return EventMapper.toData(participant);
    }

    @Transactional
    public void removeParticipant(String id, long participantId) {
        Event event = find(id);
        if (!event.participants.removeIf(p -> p.id == participantId)) {
            throw ProblemException.notFound("Event " + id + " has no participant " + participantId);
        }
        save(event, EventChangeType.UPDATED, () -> { }, List.of());
    }

    @Transactional
    public List<EventData.Attendance> attendance(String id) {
        return find(id).attendance.stream().map(EventMapper::toData).toList();
    }

    @Transactional
    public EventData.Attendance addAttendance(String id, AttendanceInput input) {
        Event event = find(id);
        EventAttendance figure = EventMapper.attendance(input, event);
        event.attendance.add(figure);
        save(event, EventChangeType.UPDATED, () -> { }, List.of());
        return EventMapper.toData(figure);
    }

    @Transactional
    public void removeAttendance(String id, long figureId) {
        Event event = find(id);
        if (!event.attendance.removeIf(a -> a.id == figureId)) {
            throw ProblemException.notFound("Event " + id + " has no attendance figure " + figureId);
        }
        save(event, EventChangeType.UPDATED, () -> { }, List.of());
    }

    private EventData save(Event event, EventChangeType type, Runnable persist, List<Event> touchedParents) {
        event.updatedAt = now();
        event.searchExtra = EventMapper.searchExtra(event);
        persist.run();
        touch(touchedParents);
        // Flush so the published versions and generated ids are the committed ones.
        repository.flush();
        EventData data = EventMapper.toData(event);
        outbox.publish(Topics.EVENTS, event.id, type.ceType(), data);
        publish(touchedParents);
        return data;
    }

    /** A parent whose childIds changed is a new version of the parent: dirtied here, so its version increases. */
    private static void touch(List<Event> parents) {
        parents.forEach(parent -> parent.updatedAt = now());
    }

    private void publish(List<Event> parents) {
        parents.forEach(parent -> outbox.publish(Topics.EVENTS, parent.id, EventChangeType.UPDATED.ceType(),
                EventMapper.toData(parent)));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Gives the event a new parent (or none); returns the parents whose children changed. */
    private static List<Event> moveTo(Event event, Event parent) {
        Event old = event.parent;
        if (old == parent) {
            return List.of();
        }
        List<Event> touched = new ArrayList<>();
        if (old != null) {
            old.children.size(); // loaded before the change, so the list never holds a queued duplicate
            old.children.remove(event);
            touched.add(old);
        }
        if (parent != null) {
            parent.children.size();
            parent.children.add(event);
            touched.add(parent);
        }
        event.parent = parent;
        return touched;
    }

    private record Links(Event parent, EventSeries series) {
    }

    /**
     * The parent and series a change names, after checking every reference it makes: unknown or removed states and
     * treaties (only those the event does not already refer to), an unknown or circular parent, an unknown series
     * without a name. All refusals come in one 422, each naming its field and value.
     */
    private Links resolve(EventChange change, Event event, Origin origin) {
        List<FieldError> errors = new ArrayList<>();
        if (origin == Origin.API) {
            List<Reference> wanted = new ArrayList<>();
            if (change.hostCountry() != null && !change.hostCountry().equals(event.hostCountry)) {
                wanted.add(new Reference("hostCountry", ReferenceKind.MEMBER_STATE, change.hostCountry()));
            }
            addNew(wanted, "relatedStates", ReferenceKind.MEMBER_STATE, change.relatedStates(), event.relatedStates);
            addNew(wanted, "relatedTreaties", ReferenceKind.TREATY, change.relatedTreaties(), event.relatedTreaties);
            if (!wanted.isEmpty()) {
                errors.addAll(references.refusals(wanted));
            }
        }
        Event parent = null;
        if (change.parentId() != null) {
            if (change.parentId().equals(event.id)) {
                errors.add(new FieldError("parentId", change.parentId() + " is the event itself"));
            } else {
                parent = repository.findById(change.parentId());
                if (parent == null) {
                    errors.add(new FieldError("parentId", change.parentId() + " is not a known event"));
                } else if (isAncestor(event, parent)) {
                    errors.add(new FieldError("parentId", change.parentId() + " is part of " + event.id
                            + " already (one of its descendants): an event cannot be part of itself"));
                }
            }
        }
        EventSeries series = null;
        if (change.series() != null) {
            series = seriesRepository.findById(change.series().code());
            if (series == null && change.series().name() == null) {
                errors.add(new FieldError("series.code", change.series().code()
                        + " is not a known series; give its name to start it"));
            } else if (series == null) {
                series = new EventSeries();
                series.code = change.series().code();
                series.name = change.series().name().trim();
                series.description = change.series().description();
                seriesRepository.persist(series);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemKind.UNPROCESSABLE,
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
        return new Links(parent, series);
    }

    private static void addNew(List<Reference> wanted, String field, ReferenceKind kind, List<String> codes, List<String> current) {
        if (codes == null) {
            return;
        }
        Set<String> seen = new HashSet<>(current);
        for (int i = 0; i < codes.size(); i++) {
            if (seen.add(codes.get(i))) {
                wanted.add(new Reference(field + "[" + i + "]", kind, codes.get(i)));
            }
        }
    }

    /** Whether {@code event} is {@code candidate} or one of its ancestors. */
    private static boolean isAncestor(Event event, Event candidate) {
        Set<Event> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Event e = candidate; e != null && seen.add(e); e = e.parent) {
            if (Objects.equals(e.id, event.id)) {
                return true;
            }
        }
        return false;
    }

    private static void requireValid(EventChange change, boolean update) {
        if (change.endDate() != null && change.endDate().isBefore(change.startDate())) {
            throw ProblemException.invalid("endDate", "must not be before startDate (" + change.startDate() + ")");
        }
        if (change.status() == EventStatus.CANCELLED) {
            throw ProblemException.invalid("status", update
                    ? "cancel with POST /events/{id}/cancel" : "a new event is PLANNED or HELD");
        }
    }

    private static void requireValid(ParticipantInput input, String path) {
        if (input.kind() == ParticipantKind.PERSON && input.organisationType() != null) {
            throw ProblemException.invalid(path + "organisationType", "only an organisation has an organisation type");
        }
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

    private Event find(String id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No event with id " + id));
    }
}
