package io.ipaccord.platform.replica;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.platform.inbox.Inbox;
import io.ipaccord.platform.problem.Problem.FieldError;
import io.ipaccord.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The codes of other services' aggregates (member states, treaties...) a service knows, learnt only from their
 * owners' topics into the platform table {@code known_reference}. Each record's effect and its id (in the
 * {@link Inbox}) commit together, so a redelivered record changes nothing; a removed code stays known as removed,
 * so a refusal can say so and its history stays readable.
 */
@ApplicationScoped
public class KnownReferences {

    private static final Logger LOG = Logger.getLogger(KnownReferences.class);

    @Inject EntityManager entityManager;
    @Inject Inbox inbox;
    @Inject ObjectMapper objectMapper;
    @ConfigProperty(name = "quarkus.application.name") String application;

    /**
     * Applies one record of {@code feed}'s topic, for a service's {@code @Incoming} method: a tombstone marks its key
     * removed; a record of an unknown type is ignored; unreadable data, or data without a valid code and a name, is
     * logged and skipped. A database failure propagates: the caller (in a
     * {@link io.ipaccord.platform.inbox.ConsumerTransactions} transaction) retries while the database is unreachable,
     * and the channel fails (and its health check) on anything else rather than losing the record; either way the
     * offset is not committed.
     */
    @Transactional
    public <E, T> void follow(ReferenceFeed<E, T> feed, ConsumerRecord<String, String> record) {
        CloudEventRecord event = CloudEventRecord.of(record);
        ReferenceKind kind = feed.kind();
        if (event.isTombstone()) {
            tombstone(kind, event.key());
            return;
        }
        Optional<E> type = feed.eventType().apply(event.type());
        if (type.isEmpty()) {
            LOG.debugf("Ignoring %s event of unknown type %s at %s", kind.label(), event.type(), event.position());
            return;
        }
        event.data(objectMapper, feed.dataType()).map(data -> feed.update().apply(type.get(), data)).ifPresent(update -> {
            if (update.code() == null || !update.code().matches(kind.codePattern()) || update.name() == null) {
                LOG.errorf("Skipping %s event without a valid code and name at %s", kind.label(), event.position());
                return;
            }
            apply(kind, feed.inboxConsumer(application), event.id(), update.code(), update.name(), update.removed());
        });
    }

    /** @return whether the record had an effect (false: a redelivery) */
    @Transactional
    public boolean apply(ReferenceKind kind, String consumer, String eventId, String code, String name, boolean removed) {
        if (eventId == null) {
            LOG.warnf("%s event for %s has no ce_id; applied without deduplication", kind.label(), code);
        } else if (!inbox.firstDelivery(consumer, eventId)) {
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

    /** A tombstone follows a removal: the code stays known as removed. It carries no ce_id and is idempotent anyway. */
    @Transactional
    public void tombstone(ReferenceKind kind, String code) {
        entityManager.createNativeQuery("""
                UPDATE known_reference SET removed = true, updated_at = now() WHERE kind = ?1 AND code = ?2""")
                .setParameter(1, kind.name())
                .setParameter(2, code)
                .executeUpdate();
    }

    /** Refuses, with a 422 naming {@code field} and the code, a code its owner never published or has removed. */
    @Transactional(TxType.MANDATORY)
    public void requireKnown(ReferenceKind kind, String code, String field) {
        List<FieldError> refusals = refusals(List.of(new Reference(field, kind, code)));
        if (!refusals.isEmpty()) {
            throw ProblemException.unprocessable(field, refusals.get(0).message());
        }
    }

    /** One error per reference to a code its owner never published or has removed, naming the field and the code. */
    @Transactional(TxType.MANDATORY)
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
                        reference.code() + " (" + found.name() + ") is no longer " + reference.kind().removedWording()));
            }
        }
        return errors;
    }

    /** Whether the owner ever published this code (removed ones included: their history stays readable). */
    @Transactional(TxType.MANDATORY)
    public boolean everKnown(ReferenceKind kind, String code) {
        return !lookup(kind, Set.of(code)).isEmpty();
    }

    /**
     * The names the owner published for these codes of {@code kind} (removed ones included), by code; codes never
     * published are left out. For an organisation the name is the one the depositary's tables print, e.g.
     * "European Union (EU)".
     */
    @Transactional(TxType.MANDATORY)
    public Map<String, String> names(ReferenceKind kind, Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            lookup(kind, Set.copyOf(codes)).forEach((code, known) -> names.put(code, known.name()));
        }
        return names;
    }

    /** Every current (not removed) code of {@code kind} with its name, e.g. to resolve a name a file gives. */
    @Transactional(TxType.MANDATORY)
    public Map<String, String> current(ReferenceKind kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT code, name FROM known_reference WHERE kind = :kind AND NOT removed ORDER BY code")
                .setParameter("kind", kind.name())
                .getResultList();
        Map<String, String> found = new LinkedHashMap<>();
        rows.forEach(row -> found.put((String) row[0], (String) row[1]));
        return found;
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
