package io.ipaccord.event.events;

import java.util.List;

import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The rows an event owns (its participants, its attendance figures, see {@link PartList}), read and edited one by
 * one. Each change is a new version of the event, published like any other.
 */
@ApplicationScoped
public class EventParts {

    @Inject EventRepository repository;
    @Inject EventStore store;

    @Transactional
    public <P extends EventPart, I, D> List<D> list(PartList<P, I, D> kind, String eventId) {
        return kind.rows().apply(repository.require(eventId)).stream().map(kind.toData()).toList();
    }

    @Transactional
    public <P extends EventPart, I, D> D add(PartList<P, I, D> kind, String eventId, I input) {
        kind.check().accept(input);
        Event event = repository.require(eventId);
        P row = kind.create().apply(input, event);
        kind.rows().apply(event).add(row);
        store.change(event, EventChangeType.UPDATED, List.of());
        return kind.toData().apply(row);
    }

    @Transactional
    public void remove(PartList<?, ?, ?> kind, String eventId, long rowId) {
        Event event = repository.require(eventId);
        if (!kind.rows().apply(event).removeIf(row -> row.id == rowId)) {
            throw ProblemException.notFound("Event " + eventId + " has no " + kind.label() + " " + rowId);
        }
        store.change(event, EventChangeType.UPDATED, List.of());
    }
}
