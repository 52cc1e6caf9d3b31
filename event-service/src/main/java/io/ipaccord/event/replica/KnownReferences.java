package io.ipaccord.event.replica;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.ipaccord.platform.inbox.Inbox;
import io.ipaccord.platform.problem.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The member states and treaties event-service knows, learnt only from their owners' topics. Each record's effect
 * and its id (in the platform inbox) commit together, so a redelivered record changes nothing.
 */
@ApplicationScoped
public class KnownReferences {

    private static final Logger LOG = Logger.getLogger(KnownReferences.class);

    private final EntityManager entityManager;
    private final Inbox inbox;

    KnownReferences(EntityManager entityManager, Inbox inbox) {
        this.entityManager = entityManager;
        this.inbox = inbox;
    }

    /** @return whether the record had an effect (false: a redelivery) */
    @Transactional
    public boolean apply(ReferenceKind kind, String eventId, String code, String name, boolean removed) {
        if (eventId == null) {
            LOG.warnf("%s event for %s has no ce_id; applied without deduplication", kind.label(), code);
        } else if (!inbox.firstDelivery(kind.consumer(), eventId)) {
            LOG.debugf("%s event %s already applied", kind.label(), eventId);
            return false;
        }
        entityManager.createNativeQuery("""
                INSERT INTO known_reference (kind, code, name, removed, updated_at) VALUES (?1, ?2, ?3, ?4, now())
                ON CONFLICT (kind, code) DO UPDATE SET name = excluded.name, removed = excluded.removed, updated_at = now()""")
                .setParameter(1, kind.name())
                .setParameter(2, code)
                .setParameter(3, name)
                .setParameter(4, removed)
                .executeUpdate();
        return true;
    }

    /** A tombstone ends a removal: the code stays known as removed. It carries no ce_id and is idempotent anyway. */
    @Transactional
    public void tombstone(ReferenceKind kind, String code) {
        entityManager.createNativeQuery("""
                UPDATE known_reference SET removed = true, updated_at = now() WHERE kind = ?1 AND code = ?2""")
                .setParameter(1, kind.name())
                .setParameter(2, code)
                .executeUpdate();
    }

    /** One error per reference to a code its owner never published or has removed, naming the field and the code. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FieldError> refusals(List<Reference> references) {
        List<FieldError> errors = new ArrayList<>();
        Map<ReferenceKind, Map<String, Known>> known = new HashMap<>();
        references.stream().collect(Collectors.groupingBy(Reference::kind, Collectors.mapping(Reference::code, Collectors.toSet())))
                .forEach((kind, codes) -> known.put(kind, lookup(kind, codes)));
        for (Reference reference : references) {
            Known found = known.get(reference.kind()).get(reference.code());
            if (found == null) {
                errors.add(new FieldError(reference.field(), reference.code() + " is not a known " + reference.kind().label()));
            } else if (found.removed()) {
                errors.add(new FieldError(reference.field(),
                        reference.code() + " (" + found.name() + ") is no longer a known " + reference.kind().label()));
            }
        }
        return errors;
    }

    private Map<String, Known> lookup(ReferenceKind kind, Set<String> codes) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT code, name, removed FROM known_reference WHERE kind = :kind AND code IN (:codes)")
                .setParameter("kind", kind.name())
                .setParameter("codes", codes)
                .getResultList();
        Map<String, Known> found = new HashMap<>();
        rows.forEach(row -> found.put((String) row[0], new Known((String) row[1], (Boolean) row[2])));
        return found;
    }

    private record Known(String name, boolean removed) {
    }
}
