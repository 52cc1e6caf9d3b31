package io.ipaccord.event.events;

import java.util.List;
import java.util.UUID;

import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.event.series.SeriesService;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.replica.Origin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Schedules, updates, cancels and removes events. Every write queues the event's new state in the same transaction
 * ({@link EventStore}), and the new state of each parent whose children changed with it.
 */
@ApplicationScoped
public class EventWrites {

    @Inject EventRepository repository;
    @Inject EventLinks links;
    @Inject SeriesService series;
    @Inject EventStore store;

    @Transactional
    public EventData schedule(EventInput input, Origin origin) {
        String id = input.id == null ? "EV-" + UUID.randomUUID() : input.id;
        if (repository.findByIdOptional(id).isPresent()) {
            throw ProblemException.conflict("id", "Event " + id + " already exists");
        }
        requireValid(input, false);
        List<ParticipantInput> participants = input.participants == null ? List.of() : input.participants;
        for (int i = 0; i < participants.size(); i++) {
            participants.get(i).requireConsistent("participants[" + i + "].");
        }
        Event event = new Event();
        event.id = id;
        Event parent = links.checkedParent(input, event, origin);
        EventMapper.apply(input, event);
        event.status = input.status == null ? EventStatus.PLANNED : input.status;
        event.series = input.series == null ? null : series.findOrStart(input.series);
        participants.forEach(p -> event.participants.add(EventMapper.participant(p, event)));
        if (input.attendance != null) {
            input.attendance.forEach(a -> event.attendance.add(EventMapper.attendance(a, event)));
        }
        return store.add(event, EventLinks.moveTo(event, parent));
    }

    @Transactional
    public EventData update(String id, EventChange change) {
        Event event = repository.require(id);
        requireValid(change, true);
        Event parent = links.checkedParent(change, event, Origin.API);
        EventMapper.apply(change, event);
        if (change.status != null) {
            event.status = change.status;
        }
        event.series = change.series == null ? null : series.findOrStart(change.series);
        return store.change(event, EventChangeType.UPDATED, EventLinks.moveTo(event, parent));
    }

    @Transactional
    public EventData cancel(String id) {
        Event event = repository.require(id);
        if (event.status == EventStatus.CANCELLED) {
            throw ProblemException.conflict("status", "Event " + id + " is already cancelled");
        }
        event.status = EventStatus.CANCELLED;
        return store.change(event, EventChangeType.CANCELLED, List.of());
    }

    @Transactional
    public void remove(String id) {
        Event event = repository.require(id);
        EventLinks.requireNoChildren(event);
        EventData last = EventMapper.toData(event);
        store.remove(event, last, EventLinks.moveTo(event, null));
    }

    private static void requireValid(EventChange change, boolean update) {
        if (change.endDate != null && change.endDate.isBefore(change.startDate)) {
            throw ProblemException.invalid("endDate", "must not be before startDate (" + change.startDate + ")");
        }
        if (change.status == EventStatus.CANCELLED) {
            throw ProblemException.invalid("status", update
                    ? "cancel with POST /events/{id}/cancel" : "a new event is PLANNED or HELD");
        }
    }
}
