package io.ipaccord.event;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.RecordMetadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.contracts.treaty.TreatyCategory;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyChangeType;
import io.ipaccord.contracts.treaty.TreatyStatus;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.TopicWriter;

/**
 * Publishes member-state and treaty events the way member-service and treaty-service do (CloudEvents in binary mode,
 * JSON of the contract's records, keyed by code), with testing's {@link TopicWriter}, and waits until
 * event-service's replica has them. Test codes are ISO's user-assigned ones (AA, QM-QZ, XA-XZ, ZZ) and treaty
 * codes starting with X, which no real state or treaty has.
 */
public final class ReferenceTopics implements AutoCloseable {

    public static final Duration DEADLINE = Duration.ofSeconds(60);

    private final ObjectMapper objectMapper;
    private final TopicWriter writer;

    public ReferenceTopics(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
        this.writer = new TopicWriter(KafkaBroker.shared().bootstrapServers());
    }

    /** Makes sure the replica knows these test states and treaties (publishing only what it does not know yet). */
    public static void ensureKnown(ObjectMapper objectMapper, DataSource dataSource, Map<String, String> states,
            Map<String, String> treaties) {
        try (ReferenceTopics topics = new ReferenceTopics(objectMapper)) {
            states.forEach((code, name) -> {
                if (!isKnown(dataSource, "MEMBER_STATE", code)) {
                    topics.memberState(MemberStateEventType.REGISTERED, code, name, UUID.randomUUID().toString(), null);
                }
            });
            treaties.forEach((code, name) -> {
                if (!isKnown(dataSource, "TREATY", code)) {
                    topics.treaty(TreatyChangeType.REGISTERED, code, name, UUID.randomUUID().toString());
                }
            });
        }
        states.keySet().forEach(code -> await().atMost(DEADLINE).until(() -> isKnown(dataSource, "MEMBER_STATE", code)));
        treaties.keySet().forEach(code -> await().atMost(DEADLINE).until(() -> isKnown(dataSource, "TREATY", code)));
    }

    /** Publishes a member-state event; {@code partition} null lets the key choose. */
    public RecordMetadata memberState(MemberStateEventType type, String code, String name, String ceId, Integer partition) {
        MemberStateData data = new MemberStateData(code, code + "X", "999", name, null, List.of("https://example.org/" + code),
                "no", List.of(), 0, Instant.now());
        return send(Topics.MEMBER_STATES, partition, code, type.ceType(), "/ipaccord/member-service", ceId, json(data));
    }

    public RecordMetadata treaty(TreatyChangeType type, String code, String shortName, String ceId) {
        TreatyData.Rule rule = new TreatyData.Rule(List.of("RATIFICATION", "ACCESSION"), List.of(new TreatyData.Condition(3, null, null)),
                new TreatyData.Delay(3, "MONTHS", "DEPOSIT"), null, false, null, null, null, List.of(), "no", null);
        TreatyData data = new TreatyData(code, shortName, shortName + " (official name)", TreatyCategory.OTHER.name(), "Geneva",
                LocalDate.of(2020, 1, 1), "Director General of WIPO", null, List.of(), rule, LocalDate.now(ZoneOffset.UTC),
                TreatyStatus.ADOPTED.name(), null, 0, List.of("https://example.org/" + code), "no", null, 0, Instant.now());
        return send(Topics.TREATIES, null, code, type.ceType(), "/ipaccord/treaty-service", ceId, json(data));
    }

    /** A record with CloudEvents headers and any value, e.g. one no consumer can read. */
    public RecordMetadata send(String topic, Integer partition, String key, String ceType, String source, String ceId, String value) {
        return writer.sendCloudEvent(topic, partition, key, ceType, source, ceId, value);
    }

    /** A tombstone: null value, no headers, as the outbox relay sends it after a removal. */
    public RecordMetadata tombstone(String topic, String key) {
        return writer.sendTombstone(topic, key);
    }

    public static boolean isKnown(DataSource dataSource, String kind, String code) {
        Boolean removed = removed(dataSource, kind, code);
        return removed != null && !removed;
    }

    /** The replica's removed flag, or null when it has never heard of the code. */
    public static Boolean removed(DataSource dataSource, String kind, String code) {
        return query(dataSource, "SELECT removed FROM known_reference WHERE kind = ? AND code = ?", kind, code);
    }

    public static String knownName(DataSource dataSource, String kind, String code) {
        return query(dataSource, "SELECT name FROM known_reference WHERE kind = ? AND code = ?", kind, code);
    }

    @SuppressWarnings("unchecked")
    public static <T> T query(DataSource dataSource, String sql, Object... params) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? (T) result.getObject(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
