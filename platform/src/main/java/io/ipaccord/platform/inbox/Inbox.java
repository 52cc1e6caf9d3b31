package io.ipaccord.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Idempotent consumption: a consumer records each event id in the same transaction as the
 * event's effect, and skips an id it has recorded before (Kafka delivers at least once).
 */
@ApplicationScoped
public class Inbox {

    @Inject EntityManager entityManager;

    /**
     * Records the event as processed by {@code consumer}.
     *
     * @return true the first time, false for a redelivery (whose effect must then be skipped)
     */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2)
                ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
