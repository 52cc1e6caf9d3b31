package io.ipaccord.treaty.evaluation;

import static io.ipaccord.testing.kafka.CloudEventAssertions.assertCloudEvent;
import static io.ipaccord.testing.kafka.CloudEventAssertions.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.Schemas;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.contracts.treaty.TreatyChangeType;
import io.ipaccord.testing.json.JsonSchemas;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.OutboxDrained;
import io.ipaccord.testing.kafka.TopicReader;
import io.ipaccord.treaty.Fixtures;
import io.ipaccord.treaty.MemberStateEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** What integrators see on Kafka: the seed, every instrument and what it determines, treaties whose status changes. */
@QuarkusTest
class TreatyEventsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String SOURCE = "/ipaccord/treaty-service";
    /** Thirty real member states, bound together by the Beijing-style test treaty. */
    private static final List<String> THIRTY = List.of("AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU",
            "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS", "BT", "BY", "BZ", "CA",
            "CD", "ID");

    private static final Set<String> SEEDED_TABLES = Set.of("BEIJING", "BERNE", "BRUSSELS", "GRATK", "HAGUE",
            "HAGUE_GENEVA_1999", "LISBON", "LISBON_GENEVA_2015", "LOCARNO", "MADRID_MARKS", "MADRID_PROTOCOL",
            "MADRID_SOURCE", "MARRAKESH", "NAIROBI", "NICE", "PARIS", "PCT", "PHONOGRAMS", "RDLT", "ROME", "SINGAPORE",
            "STRASBOURG_IPC", "TLT", "WASHINGTON_IPIC", "WCT", "WIPO_CONV", "WPPT");

    @Inject
    ObjectMapper objectMapper;

    @Inject
    DataSource dataSource;

    @Inject
    TreatyStatusRefresh statusRefresh;

    private final KafkaBroker kafka = KafkaBroker.shared();

    @Test
    void theSeedPublishedEveryTreatyAndEveryInstrument() throws Exception {
        try (TopicReader treaties = TopicReader.fromBeginning(kafka.bootstrapServers(), Topics.TREATIES)) {
            List<ConsumerRecord<String, String>> registered = treaties.await(r -> isType(r, TreatyChangeType.REGISTERED.ceType())
                    && !r.key().startsWith(Fixtures.TEST_PREFIX), 31, DEADLINE);
            assertThat(registered.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).hasSize(31).contains("BEIJING");
            for (ConsumerRecord<String, String> record : registered) {
                assertThat(JsonSchemas.errors(Schemas.TREATY_V1, read(record))).as(record.key()).isEmpty();
            }
        }
        try (TopicReader actions = TopicReader.fromBeginning(kafka.bootstrapServers(), Topics.TREATY_ACTIONS)) {
            // The 27 depositary tables (with treaty_actions.csv's additions): one event per instrument on record.
            Map<String, Integer> onRecord = SEEDED_TABLES.stream().collect(Collectors.toMap(code -> code, Fixtures::instrumentCount));
            int total = onRecord.values().stream().mapToInt(Integer::intValue).sum();
            List<ConsumerRecord<String, String>> deposited = actions.await(r -> isType(r, TreatyActionChangeType.INSTRUMENT_DEPOSITED.ceType())
                    && SEEDED_TABLES.contains(r.key()), total, DEADLINE);
            assertThat(deposited).hasSize(total);
            onRecord.forEach((code, count) -> assertThat(deposited.stream().filter(r -> r.key().equals(code))).as(code).hasSize(count));
            for (ConsumerRecord<String, String> record : deposited) {
                assertThat(JsonSchemas.errors(Schemas.INSTRUMENT_V1, read(record))).as(record.key()).isEmpty();
                assertThat(objectMapper.readTree(record.value()).get("treaty").asText()).isEqualTo(record.key());
            }
        }
    }

    @Test
    void theThirtiethInstrumentPublishesTheEntryIntoForceForTheFirstThirtyThenEachLaterParty() throws Exception {
        String treaty = "TEST_BEIJING_STYLE";
        Fixtures.createTreaty(treaty, 30, 3);
        MemberStateEvents.ensureKnown(dataSource, THIRTY);
        LocalDate date = LocalDate.parse("2017-01-05");
        for (String state : THIRTY.subList(0, 29)) {
            assertThat(Fixtures.deposit(treaty, state, "RATIFICATION", date.toString()).getList("determinations")).isEmpty();
            date = date.plusMonths(1);
        }

        OutboxDrained.await(dataSource, DEADLINE);
        try (TopicReader actions = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.TREATY_ACTIONS);
                TopicReader treaties = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.TREATIES)) {
            JsonPath thirtieth = Fixtures.deposit(treaty, "ID", "RATIFICATION", "2020-01-28");
            long id = thirtieth.getLong("id");
            assertThat(thirtieth.getList("determinations")).hasSize(31);

            List<ConsumerRecord<String, String>> records = actions.await(r -> treaty.equals(r.key()), 32, DEADLINE);
            assertThat(records.stream().map(r -> attribute(r, "type")).distinct().toList())
                    .as("the instrument first, then the treaty's entry into force, then each party").containsExactly(
                            TreatyActionChangeType.INSTRUMENT_DEPOSITED.ceType(),
                            TreatyActionChangeType.TREATY_ENTRY_INTO_FORCE_DETERMINED.ceType(),
                            TreatyActionChangeType.PARTY_ENTRY_INTO_FORCE_DETERMINED.ceType());
            for (ConsumerRecord<String, String> record : records) {
                TreatyActionChangeType type = TreatyActionChangeType.fromCeType(attribute(record, "type")).orElseThrow();
                assertCloudEvent(record, type.ceType(), SOURCE);
                assertThat(attribute(record, "subject")).isEqualTo(treaty);
                assertThat(JsonSchemas.errors(schemaOf(type), read(record))).as(type.ceType()).isEmpty();
            }
            assertThat(objectMapper.readTree(records.get(0).value()).get("id").asLong()).isEqualTo(id);

            JsonNode entry = objectMapper.readTree(records.get(1).value());
            assertThat(entry.get("treaty").asText()).isEqualTo(treaty);
            assertThat(entry.get("date").asText()).isEqualTo("2020-04-28");
            assertThat(entry.get("triggeringInstrumentId").asLong()).isEqualTo(id);
            assertThat(entry.get("parties")).hasSize(30);
            Set<String> boundStates = records.subList(2, 32).stream().map(r -> read(r).get("state").asText()).collect(Collectors.toSet());
            assertThat(boundStates).containsExactlyInAnyOrderElementsOf(THIRTY);
            assertThat(records.subList(2, 32)).allSatisfy(r -> assertThat(read(r).get("date").asText()).isEqualTo("2020-04-28"));

            JsonNode updated = objectMapper.readTree(treaties.await(r -> treaty.equals(r.key()), 1, DEADLINE).get(0).value());
            assertThat(JsonSchemas.errors(Schemas.TREATY_V1, updated)).isEmpty();
            assertThat(updated.get("status").asText()).isEqualTo("IN_FORCE");
            assertThat(updated.get("entryIntoForce").get("date").asText()).isEqualTo("2020-04-28");
            assertThat(updated.get("entryIntoForce").get("triggeringInstrumentId").asLong()).isEqualTo(id);
            assertThat(updated.get("partyCount").asInt()).isEqualTo(30);

            // A later party: its own date only, three months after its deposit.
            MemberStateEvents.ensureKnown(dataSource, List.of("CF"));
            long car = Fixtures.deposit(treaty, "CF", "ACCESSION", "2020-08-19").getLong("id");
            List<ConsumerRecord<String, String>> later = actions.await(r -> treaty.equals(r.key()), 34, DEADLINE).subList(32, 34);
            assertThat(attribute(later.get(1), "type"))
                    .isEqualTo(TreatyActionChangeType.PARTY_ENTRY_INTO_FORCE_DETERMINED.ceType());
            assertThat(read(later.get(1)).get("state").asText()).isEqualTo("CF");
            assertThat(read(later.get(1)).get("date").asText()).isEqualTo("2020-11-19");
            assertThat(read(later.get(1)).get("instrumentId").asLong()).isEqualTo(car);
        }
    }

    @Test
    void aCorrectionAndAWithdrawalArePublishedWithTheTreatysNewState() throws Exception {
        String treaty = "TEST_EVENTS";
        Fixtures.createTreaty(treaty, 1, 1);
        MemberStateEvents.ensureKnown(dataSource, List.of("XO"));
        long id = Fixtures.deposit(treaty, "XO", "RATIFICATION", "2019-01-10").getLong("id");

        OutboxDrained.await(dataSource, DEADLINE);
        try (TopicReader actions = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.TREATY_ACTIONS);
                TopicReader treaties = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.TREATIES)) {
            io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                    .body(Fixtures.instrument(treaty, "XO", "RATIFICATION", "2019-01-20"))
                    .put("/instruments/" + id).then().statusCode(200);
            io.restassured.RestAssured.given().delete("/instruments/" + id).then().statusCode(200);

            List<ConsumerRecord<String, String>> records = actions.await(r -> treaty.equals(r.key()), 4, DEADLINE);
            assertThat(records).extracting(r -> attribute(r, "type")).containsExactly(
                    TreatyActionChangeType.INSTRUMENT_CORRECTED.ceType(),
                    TreatyActionChangeType.TREATY_ENTRY_INTO_FORCE_DETERMINED.ceType(),
                    TreatyActionChangeType.PARTY_ENTRY_INTO_FORCE_DETERMINED.ceType(),
                    TreatyActionChangeType.INSTRUMENT_WITHDRAWN.ceType());
            assertThat(read(records.get(1)).get("date").asText()).isEqualTo("2019-02-20");
            JsonNode withdrawn = read(records.get(3));
            assertThat(withdrawn.get("withdrawn").asBoolean()).isTrue();
            assertThat(withdrawn.get("version").asLong()).isEqualTo(2);
            for (ConsumerRecord<String, String> record : records) {
                TreatyActionChangeType type = TreatyActionChangeType.fromCeType(attribute(record, "type")).orElseThrow();
                assertCloudEvent(record, type.ceType(), SOURCE);
                assertThat(JsonSchemas.errors(schemaOf(type), read(record))).isEmpty();
            }

            List<ConsumerRecord<String, String>> updates = treaties.await(r -> treaty.equals(r.key()), 2, DEADLINE);
            assertThat(read(updates.get(0)).get("entryIntoForce").get("date").asText()).isEqualTo("2019-02-20");
            assertThat(read(updates.get(1)).get("status").asText()).isEqualTo("ADOPTED");
            assertThat(read(updates.get(1)).get("entryIntoForce").isNull()).isTrue();
            assertThat(read(updates.get(1)).get("version").asLong()).isGreaterThan(read(updates.get(0)).get("version").asLong());
        }
    }

    @Test
    void theDailyRefreshRepublishesATreatyWhoseStatusChangedWithTheDateAlone() throws Exception {
        // As if WCT had last been published before 2002-03-06, when it was not yet in force.
        execute("UPDATE treaty SET published_status = 'NOT_YET_IN_FORCE' WHERE code = 'WCT'");
        OutboxDrained.await(dataSource, DEADLINE);
        try (TopicReader treaties = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.TREATIES)) {
            assertThat(statusRefresh.refreshAll()).isEqualTo(1);
            JsonNode wct = read(treaties.await(r -> "WCT".equals(r.key()), 1, DEADLINE).get(0));
            assertThat(wct.get("status").asText()).isEqualTo("IN_FORCE");
            assertCloudEvent(treaties.matching(r -> "WCT".equals(r.key())).get(0), TreatyChangeType.UPDATED.ceType(), SOURCE);
            assertThat(JsonSchemas.errors(Schemas.TREATY_V1, wct)).isEmpty();
        }
        assertThat(statusRefresh.refreshAll()).as("nothing changed since").isZero();
    }

    /** Readers "from the end" must not start before earlier writes have reached Kafka. */
    private void execute(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return objectMapper.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isType(ConsumerRecord<String, String> record, String ceType) {
        return ceType.equals(attribute(record, "type"));
    }

    private static String schemaOf(TreatyActionChangeType type) {
        return Map.of(
                TreatyActionChangeType.INSTRUMENT_DEPOSITED, Schemas.INSTRUMENT_V1,
                TreatyActionChangeType.INSTRUMENT_CORRECTED, Schemas.INSTRUMENT_V1,
                TreatyActionChangeType.INSTRUMENT_WITHDRAWN, Schemas.INSTRUMENT_V1,
                TreatyActionChangeType.TREATY_ENTRY_INTO_FORCE_DETERMINED, Schemas.TREATY_ENTRY_INTO_FORCE_V1,
                TreatyActionChangeType.PARTY_ENTRY_INTO_FORCE_DETERMINED, Schemas.PARTY_ENTRY_INTO_FORCE_V1).get(type);
    }
}
