package io.ipaccord.event.events;

import static io.ipaccord.event.events.TestEvents.create;
import static io.ipaccord.event.events.TestEvents.event;
import static io.ipaccord.event.events.TestEvents.post;
import static io.ipaccord.event.events.TestEvents.put;
import static io.ipaccord.testing.kafka.CloudEventAssertions.assertCloudEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.Schemas;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.testing.json.JsonSchemas;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** What integrators see on ipaccord.events.v1: every accepted change, keyed by event id, as a schema-valid CloudEvent. */
@QuarkusTest
class EventEventsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Inject ObjectMapper objectMapper;
    @Inject DataSource dataSource;

    private final KafkaBroker kafka = KafkaBroker.shared();

    @BeforeEach
    void knownReferences() {
        TestEvents.knownReferences(objectMapper, dataSource);
    }

    @Test
    void theSeedPublishedEveryEventAndTheVisitWithItsChildren() throws Exception {
        Set<String> seeded = Set.of("EV-2012-AVP-DC", "EV-2014-CN-BTAP-RATIF", "EV-2014-WOC-OPEN", "EV-2020-BTAP-EIF",
                "EV-2021-BTAP-1YR", "EV-2022-WOC-RT-GOV", "EV-2022-WOC-RT-ASSOC", "EV-2023-CN-WIPO-50", "EV-2024-DG-CN-VISIT",
                "EV-2024-ICF", "EV-2024-BRI-IP-3", "EV-2018-BRI-IP", "EV-2024-A65", "EV-2024-GRATK-DC", "EV-2024-DLT-DC");
        try (TopicReader reader = TopicReader.fromBeginning(kafka.bootstrapServers(), Topics.EVENTS)) {
            List<ConsumerRecord<String, String>> scheduled = reader.await(r -> seeded.contains(r.key())
                    && EventChangeType.SCHEDULED.ceType().equals(TopicReader.header(r, CloudEvents.HEADER_TYPE)), 15, DEADLINE);
            assertThat(scheduled.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).isEqualTo(seeded);
            for (ConsumerRecord<String, String> record : scheduled) {
                assertThat(schemaErrors(objectMapper.readTree(record.value()))).as(record.key()).isEmpty();
            }
            List<ConsumerRecord<String, String>> visit = reader.await(r -> "EV-2024-DG-CN-VISIT".equals(r.key()), 3, DEADLINE);
            JsonNode latest = objectMapper.readTree(visit.get(2).value());
            assertThat(latest.get("version").asLong()).isEqualTo(2);
            assertThat(latest.get("childIds")).extracting(JsonNode::asText).containsExactly("EV-2024-ICF", "EV-2024-BRI-IP-3");
        }
    }

    @Test
    void aScheduledEventIsPublishedWithKeyCloudEventsHeadersAndTheFullStateValidAgainstTheSchema() throws Exception {
        try (TopicReader reader = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.EVENTS)) {
            create(event("EV-TEST-KAFKA", "relatedTreaties", List.of("XT_ONE"), "relatedStates", List.of("XB"),
                    "participants", List.of(Map.of("kind", "ORGANISATION", "name", "WIPO", "organisationType", "IGO", "role", "HOST")),
                    "attendance", List.of(Map.of("measure", "PARTICIPANTS", "value", 300, "source", "Xinhua"))));

            ConsumerRecord<String, String> record = reader.await(r -> "EV-TEST-KAFKA".equals(r.key()), 1, DEADLINE).get(0);
            assertCloudEvent(record, EventChangeType.SCHEDULED.ceType(), "/ipaccord/event-service");

            JsonNode body = objectMapper.readTree(record.value());
            assertThat(schemaErrors(body)).isEmpty();
            assertThat(body.get("hostCountry").asText()).isEqualTo("XA");
            assertThat(body.get("participants").get(0).get("name").asText()).isEqualTo("WIPO");
            assertThat(body.get("attendance").get(0).get("value").asLong()).isEqualTo(300);
            assertThat(body.get("version").asLong()).isZero();
        }
    }

    @Test
    void updatesCancellationAndRemovalArePublishedInOrderTheRemovalWithATombstone() throws Exception {
        try (TopicReader reader = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.EVENTS)) {
            create(event("EV-TEST-LIFE"));
            // Its scheduling first (its own round), then what follows.
            reader.await(r -> "EV-TEST-LIFE".equals(r.key()), 1, DEADLINE);
            put("EV-TEST-LIFE", event(null, "title", "Renamed")).then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("measure", "DELEGATES", "value", 12, "source", "https://example.org/x"))
                    .post("/events/EV-TEST-LIFE/attendance").then().statusCode(201);
            given().post("/events/EV-TEST-LIFE/cancel").then().statusCode(200);
            given().delete("/events/EV-TEST-LIFE").then().statusCode(204);

            List<ConsumerRecord<String, String>> all = reader.await(r -> "EV-TEST-LIFE".equals(r.key()), 6, DEADLINE);
            assertThat(TopicReader.header(all.get(0), CloudEvents.HEADER_TYPE)).isEqualTo(EventChangeType.SCHEDULED.ceType());
            List<ConsumerRecord<String, String>> records = all.subList(1, 6);
            assertThat(records.stream().map(r -> TopicReader.header(r, CloudEvents.HEADER_TYPE)).toList()).containsExactly(
                    EventChangeType.UPDATED.ceType(), EventChangeType.UPDATED.ceType(), EventChangeType.CANCELLED.ceType(),
                    EventChangeType.REMOVED.ceType(), null);
            List<JsonNode> bodies = records.subList(0, 4).stream().map(this::read).toList();
            assertThat(bodies).extracting(b -> b.get("version").asLong()).containsExactly(1L, 2L, 3L, 3L);
            assertThat(bodies.get(1).get("attendance").get(0).get("value").asLong()).isEqualTo(12);
            assertThat(bodies.get(3).get("status").asText()).isEqualTo("CANCELLED");
            bodies.forEach(body -> assertThat(schemaErrors(body)).isEmpty());
            assertThat(records.get(4).value()).isNull();
        }
    }

    @Test
    void aNewChildRepublishesItsParentWithTheNewChildIds() throws Exception {
        try (TopicReader reader = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.EVENTS)) {
            create(event("EV-TEST-PARENT", "type", "OFFICIAL_VISIT"));
            // The parent's own record first (published by its round), then the child's round republishes it.
            reader.await(r -> "EV-TEST-PARENT".equals(r.key()), 1, DEADLINE);
            create(event("EV-TEST-CHILD", "parentId", "EV-TEST-PARENT"));
            ConsumerRecord<String, String> parent = reader.await(r -> "EV-TEST-PARENT".equals(r.key()), 2, DEADLINE).get(1);
            assertThat(TopicReader.header(parent, CloudEvents.HEADER_TYPE)).isEqualTo(EventChangeType.UPDATED.ceType());
            JsonNode body = read(parent);
            assertThat(body.get("childIds")).extracting(JsonNode::asText).containsExactly("EV-TEST-CHILD");
            assertThat(body.get("version").asLong()).isEqualTo(1);
            assertThat(reader.matching(r -> "EV-TEST-CHILD".equals(r.key()))).hasSize(1);
        }
    }

    @Test
    void aRefusedWriteIsNeverPublished() {
        try (TopicReader reader = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.EVENTS)) {
            post(event("EV-TEST-REFUSED", "hostCountry", "QX")).then().statusCode(422);
            // A later accepted write is read; nothing of the refused one came before it.
            create(event("EV-TEST-AFTER-REFUSED"));
            reader.await(r -> "EV-TEST-AFTER-REFUSED".equals(r.key()), 1, DEADLINE);
            assertThat(reader.matching(r -> "EV-TEST-REFUSED".equals(r.key()))).isEmpty();
        }
    }

    private JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return objectMapper.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Set<ValidationMessage> schemaErrors(JsonNode body) {
        return JsonSchemas.errors(Schemas.EVENT_V1, body);
    }
}
