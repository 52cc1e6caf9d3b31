package io.ipaccord.platform.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.platform.audit.Actors;
import io.ipaccord.platform.audit.ChangeHistory;
import io.ipaccord.platform.tracing.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Records events to publish, in the caller's transaction: the state change and its event commit
 * or roll back together. {@link OutboxRelay} publishes them after the commit. Each event also records who made the
 * change ({@link Actors}) on its row and in the aggregate's durable {@link ChangeHistory}.
 */
@ApplicationScoped
public class Outbox {

    @Inject EntityManager entityManager;
    @Inject ObjectMapper objectMapper;
    @Inject OutboxConfig config;
    @Inject Event<OutboxCommitted> committed;
    @Inject TraceContext traceContext;
    @Inject Actors actors;
    @Inject ChangeHistory history;
    @Inject TransactionSynchronizationRegistry transactions;

    /** Marks a transaction whose commit already notifies the relay. */
    private static final String NOTIFIED = Outbox.class.getName() + ".notified";

    /**
     * Queues a CloudEvent whose subject is the record key.
     *
     * @return the event's {@code ce_id}
     */
    @Transactional(TxType.MANDATORY)
    public UUID publish(String topic, String key, String ceType, Object data) {
        OutboxMessage message = new OutboxMessage();
        message.topic = topic;
        message.key = key;
        message.ceId = UUID.randomUUID();
        message.ceType = ceType;
        message.ceSource = config.source();
        message.ceSubject = key;
        message.ceTime = OffsetDateTime.now(ZoneOffset.UTC);
        message.payload = toJson(data);
        TraceContext.Headers trace = traceContext.current();
        message.traceParent = trace.traceParent();
        message.traceState = trace.traceState();
        message.actor = actors.current();
        append(message);
        history.record(topic, key, message.ceId, ceType, message.actor, message.ceTime, message.payload);
        return message.ceId;
    }

    /** Queues a tombstone (null value) so a compacted topic forgets the key. */
    @Transactional(TxType.MANDATORY)
    public void publishTombstone(String topic, String key) {
        OutboxMessage message = new OutboxMessage();
        message.topic = topic;
        message.key = key;
        append(message);
    }

    private void append(OutboxMessage message) {
        // Flush the aggregate's own change first: its row lock is then taken before this row's id
        // is drawn, so two changes of one aggregate get ids in commit order.
        entityManager.flush();
        entityManager.persist(message);
        entityManager.flush();
        // Once per transaction (an import writes thousands of rows): delivered on commit only, to the relay listening
        // on this database (whichever replica holds it), and the in-process relay woken after the commit.
        if (transactions.getResource(NOTIFIED) == null) {
            transactions.putResource(NOTIFIED, Boolean.TRUE);
            entityManager.createNativeQuery("SELECT pg_notify('" + OutboxRelay.CHANNEL + "', '')").getSingleResult();
            committed.fire(OutboxCommitted.INSTANCE);
        }
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + data.getClass().getName(), e);
        }
    }

    /** Fired in the writing transaction; the relay observes it after a successful commit. */
    public enum OutboxCommitted {
        INSTANCE
    }
}
