package io.ipaccord.platform.audit;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.audit.Change;
import io.ipaccord.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The durable record of who changed what and when (table {@code change_history}), written by the outbox in the
 * writing transaction, one row per event: outbox rows are deleted once sent, this history is kept.
 */
@ApplicationScoped
public class ChangeHistory {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    @Inject EntityManager entityManager;
    @Inject ObjectMapper objectMapper;

    @Transactional(TxType.MANDATORY)
    public void record(String topic, String key, UUID ceId, String ceType, String actor, OffsetDateTime at,
            String data) {
        entityManager.createNativeQuery("""
                INSERT INTO change_history (topic, aggregate_key, ce_id, ce_type, actor, changed_at, data)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, topic).setParameter(2, key).setParameter(3, ceId).setParameter(4, ceType)
                .setParameter(5, actor).setParameter(6, at).setParameter(7, data)
                .executeUpdate();
    }

    /** The changes of the aggregate {@code key} on any of {@code topics}, oldest first; empty when there are none. */
    @Transactional(TxType.SUPPORTS)
    public List<Change> of(Collection<String> topics, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT changed_at, actor, ce_type, ce_id, data FROM change_history
                WHERE aggregate_key = ?1 AND topic IN (?2) ORDER BY id""")
                .setParameter(1, key).setParameter(2, topics)
                .getResultList();
        return rows.stream().map(r -> new Change(toOffsetDateTime(r[0]), (String) r[1], (String) r[2],
                r[3].toString(), parse((String) r[4]))).toList();
    }

    /** {@code changes}, unless there are none: then what {@code what} names has never existed (404). */
    public static List<Change> orNotFound(List<Change> changes, String what) {
        if (changes.isEmpty()) {
            throw ProblemException.notFound("No history of " + what);
        }
        return changes;
    }

    private Map<String, Object> parse(String json) {
        try {
            return objectMapper.readValue(json, JSON_OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change_history row holds no JSON object", e);
        }
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
