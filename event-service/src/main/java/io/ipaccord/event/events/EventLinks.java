package io.ipaccord.event.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.ipaccord.event.series.SeriesService;
import io.ipaccord.platform.problem.Problem.FieldError;
import io.ipaccord.platform.problem.ProblemException;
import io.ipaccord.platform.problem.ProblemKind;
import io.ipaccord.platform.replica.KnownReferences;
import io.ipaccord.platform.replica.Origin;
import io.ipaccord.platform.replica.Reference;
import io.ipaccord.platform.replica.ReferenceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * What an event refers to: states and treaties (as the replicas know them), its series, and its place in the
 * parent/child tree (an itinerary: the visit a forum was part of).
 */
@ApplicationScoped
public class EventLinks {

    @Inject EventRepository repository;
    @Inject SeriesService series;
    @Inject KnownReferences references;

    /**
     * The parent a change names, after checking every reference it makes: unknown or removed states and treaties
     * (only those the event does not already refer to, and only for writes whose origin checks them), an unknown or
     * circular parent, an unknown series without a name. All refusals come in one 422, each naming its field and value.
     */
    @Transactional(TxType.MANDATORY)
    public Event checkedParent(EventChange change, Event event, Origin origin) {
        List<FieldError> errors = new ArrayList<>();
        if (origin.checksReferences()) {
            List<Reference> wanted = new ArrayList<>();
            if (change.hostCountry != null && !change.hostCountry.equals(event.hostCountry)) {
                wanted.add(new Reference("hostCountry", ReferenceKind.MEMBER_STATE, change.hostCountry));
            }
            addNew(wanted, "relatedStates", ReferenceKind.MEMBER_STATE, change.relatedStates, event.relatedStates);
            addNew(wanted, "relatedTreaties", ReferenceKind.TREATY, change.relatedTreaties, event.relatedTreaties);
            if (!wanted.isEmpty()) {
                errors.addAll(references.refusals(wanted));
            }
        }
        Event parent = change.parentId == null ? null : parent(change.parentId, event, errors);
        if (change.series != null) {
            series.refusal(change.series).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemKind.UNPROCESSABLE,
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
        return parent;
    }

    /** Refuses to remove an event that still has children: they would lose their parent unawares. */
    public static void requireNoChildren(Event event) {
        if (!event.children.isEmpty()) {
            throw ProblemException.conflict("childIds", "Event " + event.id + " has children ("
                    + event.children.stream().map(child -> child.id).collect(Collectors.joining(", "))
                    + "); remove them or give them another parent first");
        }
    }

    /** Gives the event a new parent (or none); returns the parents whose children changed. */
    public static List<Event> moveTo(Event event, Event parent) {
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

    private Event parent(String parentId, Event event, List<FieldError> errors) {
        if (parentId.equals(event.id)) {
            errors.add(new FieldError("parentId", parentId + " is the event itself"));
            return null;
        }
        Event parent = repository.findById(parentId);
        if (parent == null) {
            errors.add(new FieldError("parentId", parentId + " is not a known event"));
        } else if (isAncestor(event, parent)) {
            errors.add(new FieldError("parentId", parentId + " is part of " + event.id
                    + " already (one of its descendants): an event cannot be part of itself"));
        }
        return parent;
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
        Set<Event> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Event e = candidate; e != null && seen.add(e); e = e.parent) {
            if (Objects.equals(e.id, event.id)) {
                return true;
            }
        }
        return false;
    }
}
