package io.ipaccord.treaty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.TopicWriter;

/**
 * Publishes member-state events exactly as member-service's outbox relay does (key = code, CloudEvents headers,
 * {@link MemberStateData} JSON), with testing's {@link TopicWriter}, so tests can drive treaty-service's replica
 * without member-service.
 */
public final class MemberStateEvents {

    public static final Duration DEADLINE = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Map<String, Map<String, String>> SEED_STATES = new HashMap<>();

    static {
        CsvTable.fromClasspath("seed/member_states.csv").rows().forEach(row -> SEED_STATES.put(row.get("iso2"), row));
    }

    private MemberStateEvents() {
    }

    /** The state as member-service would publish it: the seed's facts for a real code, made-up ones for a test code. */
    public static MemberStateData state(String code, long version) {
        Map<String, String> row = SEED_STATES.get(code);
        if (row == null) {
            return new MemberStateData(code, code + "Q", String.valueOf(900 + (code.charAt(1) - 'A')), "Test state " + code,
                    null, List.of(), "no", List.of(), version, Instant.now());
        }
        String since = row.get("wipo_member_since");
        return new MemberStateData(code, row.get("iso3"), row.get("numeric"), row.get("name"),
                since.isEmpty() ? null : LocalDate.parse(since),
                Arrays.stream(row.get("source_url").split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                row.get("verified_yes_no"), List.of(), version, Instant.now());
    }

    public static String name(String code) {
        return state(code, 0).name();
    }

    /** Publishes an event with a new ce_id; returns the id. */
    public static String publish(MemberStateEventType type, MemberStateData data) {
        String id = UUID.randomUUID().toString();
        publish(id, type, data);
        return id;
    }

    /** Publishes an event with the given ce_id (the same id again is a redelivery). */
    public static void publish(String ceId, MemberStateEventType type, MemberStateData data) {
        try (TopicWriter writer = writer()) {
            send(writer, ceId, type, data);
        }
    }

    /** The null-value record member-service sends after a removal. */
    public static void publishTombstone(String code) {
        try (TopicWriter writer = writer()) {
            writer.sendTombstone(Topics.MEMBER_STATES, code);
        }
    }

    /** Registers each state not yet known to treaty-service's replica and waits until the replica has them all. */
    public static void ensureKnown(DataSource dataSource, List<String> codes) {
        List<String> missing = codes.stream().filter(code -> !isKnown(dataSource, code)).toList();
        try (TopicWriter writer = writer()) {
            missing.forEach(code -> send(writer, UUID.randomUUID().toString(), MemberStateEventType.REGISTERED, state(code, 0)));
        }
        Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(100))
                .until(() -> missing.stream().allMatch(code -> isKnown(dataSource, code)));
    }

    /** Whether the replica holds the state as a current member state. */
    public static boolean isKnown(DataSource dataSource, String code) {
        return isKnown(dataSource, "MEMBER_STATE", code);
    }

    /** Whether the replica holds the code as a current reference of that kind (MEMBER_STATE, ORGANISATION). */
    public static boolean isKnown(DataSource dataSource, String kind, String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM known_reference WHERE kind = ? AND code = ? AND NOT removed")) {
            statement.setString(1, kind);
            statement.setString(2, code);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(TopicWriter writer, String ceId, MemberStateEventType type, MemberStateData data) {
        writer.sendCloudEvent(Topics.MEMBER_STATES, null, data.code(), type.ceType(), "/ipaccord/member-service", ceId,
                toJson(data));
    }

    static TopicWriter writer() {
        return new TopicWriter(KafkaBroker.shared().bootstrapServers());
    }

    static String toJson(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
