package io.ipaccord.event.replica;

import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.platform.inbox.Inbox;
import io.ipaccord.platform.replica.CloudEventRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Where and when each treaty was adopted, as treaty-service publishes it (table {@code treaty_adoption}, fed by the
 * treaties channel with the replica of codes): what links a diplomatic conference imported through the API to the
 * treaties it adopted. Each record is applied once: its id goes to the {@link Inbox} (consumer
 * {@code <application>/treaty-adoptions}) with its effect, so a redelivery, even of an older version after a newer
 * one, changes nothing.
 */
@ApplicationScoped
public class TreatyAdoptions {

    /** A treaty's adoption; {@code date} or {@code place} may be null when treaty-service does not know them. */
    public record Adoption(String code, LocalDate date, String place) {
    }

    @Inject EntityManager entityManager;
    @Inject ObjectMapper objectMapper;
    @Inject Inbox inbox;
    @ConfigProperty(name = "quarkus.application.name") String application;

    @Transactional(TxType.MANDATORY)
    void follow(ConsumerRecord<String, String> record) {
        CloudEventRecord event = CloudEventRecord.of(record);
        if (event.isTombstone() || event.id() != null && !inbox.firstDelivery(application + "/treaty-adoptions", event.id())) {
            return;
        }
        event.data(objectMapper, TreatyData.class).filter(data -> data.code() != null).ifPresent(data ->
                entityManager.createNativeQuery("""
                        INSERT INTO treaty_adoption (code, adopted_date, adopted_place, updated_at) VALUES (?1, ?2, ?3, now())
                        ON CONFLICT (code) DO UPDATE SET adopted_date = excluded.adopted_date,
                            adopted_place = excluded.adopted_place, updated_at = now()""")
                        .setParameter(1, data.code())
                        .setParameter(2, data.adoptedDate())
                        .setParameter(3, data.adoptedPlace())
                        .executeUpdate());
    }

    /** The treaties adopted at {@code place} (case-insensitive) between {@code from} and {@code to}. */
    @Transactional(TxType.MANDATORY)
    public List<Adoption> adoptedAt(String place, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT code, adopted_date, adopted_place FROM treaty_adoption
                WHERE adopted_date BETWEEN ?1 AND ?2 AND lower(adopted_place) = lower(?3) ORDER BY adopted_date, code""")
                .setParameter(1, from)
                .setParameter(2, to)
                .setParameter(3, place)
                .getResultList();
        return rows.stream().map(row -> new Adoption((String) row[0], date(row[1]), (String) row[2])).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
