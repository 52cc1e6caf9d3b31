package io.ipaccord.treaty;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.testing.kafka.KafkaBroker;

/**
 * Publishes member-state events exactly as member-service's outbox relay does (key = code, CloudEvents headers,
 * {@link MemberStateData} JSON), so tests can drive treaty-service's replica without member-service.
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
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEvents.HEADER_SPEC_VERSION, CloudEvents.SPEC_VERSION);
        header(headers, CloudEvents.HEADER_ID, ceId);
        header(headers, CloudEvents.HEADER_TYPE, type.ceType());
        header(headers, CloudEvents.HEADER_SOURCE, "/ipaccord/member-service");
        header(headers, CloudEvents.HEADER_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
        header(headers, CloudEvents.HEADER_SUBJECT, data.code());
        header(headers, CloudEvents.HEADER_CONTENT_TYPE, CloudEvents.CONTENT_TYPE_JSON);
        send(new ProducerRecord<>(Topics.MEMBER_STATES, null, data.code(), toJson(data), headers));
    }

    /** The null-value record member-service sends after a removal. */
    public static void publishTombstone(String code) {
        send(new ProducerRecord<>(Topics.MEMBER_STATES, code, null));
    }

    /** Registers each state not yet known to treaty-service's replica and waits until the replica has them all. */
    public static void ensureKnown(DataSource dataSource, List<String> codes) {
        List<String> missing = codes.stream().filter(code -> !isKnown(dataSource, code)).toList();
        missing.forEach(code -> publish(MemberStateEventType.REGISTERED, state(code, 0)));
        Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(100))
                .until(() -> missing.stream().allMatch(code -> isKnown(dataSource, code)));
    }

    /** Whether the replica holds the state as a current member state. */
    public static boolean isKnown(DataSource dataSource, String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM known_reference WHERE kind = 'MEMBER_STATE' AND code = ? AND NOT removed")) {
            statement.setString(1, code);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(ProducerRecord<String, String> record) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + record, e);
        }
    }

    private static String toJson(MemberStateData data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
