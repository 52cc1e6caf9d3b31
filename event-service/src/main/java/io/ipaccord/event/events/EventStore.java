package io.ipaccord.event.events;

import java.util.List;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.contracts.event.EventData;
import io.ipaccord.platform.outbox.Outbox;
import io.ipaccord.platform.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Saves a new version of an event and queues it in the outbox, in the caller's transaction, together with the new
 * version of each parent whose children changed with it. The one place an event reaches {@link Topics#EVENTS}.
 */
@ApplicationScoped
public class EventStore {

    @Inject EventRepository repository;
    @Inject Outbox outbox;

    /** A new event, published as scheduled. */
    @Transactional(TxType.MANDATORY)
    public EventData add(Event event, List<Event> touchedParents) {
        stamp(event);
        repository.persist(event);
        return publish(event, EventChangeType.SCHEDULED, touchedParents);
    }

    /** A changed event (its facts, status, participants or figures), published as {@code type}. */
    @Transactional(TxType.MANDATORY)
    public EventData change(Event event, EventChangeType type, List<Event> touchedParents) {
        stamp(event);
        return publish(event, type, touchedParents);
    }

    /** An event removed: its last state (as it was before the removal detached it) published as removed, then a tombstone. */
    @Transactional(TxType.MANDATORY)
    public void remove(Event event, EventData last, List<Event> touchedParents) {
        touch(touchedParents);
        repository.delete(event);
        repository.flush();
        outbox.publish(Topics.EVENTS, event.id, EventChangeType.REMOVED.ceType(), last);
        outbox.publishTombstone(Topics.EVENTS, event.id);
        publishParents(touchedParents);
    }

    private static void stamp(Event event) {
        event.updatedAt = Timestamps.now();
        event.searchExtra = EventMapper.searchExtra(event);
    }

    private EventData publish(Event event, EventChangeType type, List<Event> touchedParents) {
        touch(touchedParents);
        // Flush so the published versions and generated ids are the committed ones.
        repository.flush();
        EventData data = EventMapper.toData(event);
        outbox.publish(Topics.EVENTS, event.id, type.ceType(), data);
        publishParents(touchedParents);
        return data;
    }

    /** A parent whose childIds changed is a new version of the parent: dirtied here, so its version increases. */
    private static void touch(List<Event> parents) {
        parents.forEach(parent -> parent.updatedAt = Timestamps.now());
    }

    private void publishParents(List<Event> parents) {
        parents.forEach(parent -> outbox.publish(Topics.EVENTS, parent.id, EventChangeType.UPDATED.ceType(),
                EventMapper.toData(parent)));
    }
}
