package io.ipaccord.member.memberstate;

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
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.Schemas;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.testing.json.JsonSchemas;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.OutboxDrained;
import io.ipaccord.testing.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** What integrators see on Kafka: every accepted write, in order, even across a Kafka outage. */
@QuarkusTest
class MemberStateEventsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Inject ObjectMapper objectMapper;
    @Inject DataSource dataSource;

    private final KafkaBroker kafka = KafkaBroker.shared();

    @Test
    void seedPublishedEveryMemberState() {
        try (TopicReader reader = TopicReader.fromBeginning(kafka.bootstrapServers(), Topics.MEMBER_STATES)) {
            List<ConsumerRecord<String, String>> registered = reader.await(
                    r -> MemberStateEventType.REGISTERED.ceType().equals(TopicReader.header(r, CloudEvents.HEADER_TYPE))
                            && !MemberStateResourceTest.isTestCode(r.key()),
                    194, DEADLINE);
            assertThat(registered.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).hasSize(194).contains("CN");
        }
    }

    @Test
    void anUpdateIsPublishedWithKeyCloudEventsHeadersAndTheFullStateValidAgainstTheSchema() throws Exception {
        MemberStateResourceTest.register("XF", "XFF", "907", "Test Republic F");
        OutboxDrained.await(dataSource, DEADLINE);
        try (TopicReader reader = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.MEMBER_STATES)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("alpha3", "XFF", "numeric", "907", "name", "Test Republic F (updated)",
                            "memberSince", "1999-09-09", "sources", List.of("https://example.org/xf"), "verified", "yes"))
                    .put("/member-states/XF").then().statusCode(200);

            ConsumerRecord<String, String> record = reader.await(r -> "XF".equals(r.key()), 1, DEADLINE).get(0);
            assertCloudEvent(record, MemberStateEventType.UPDATED.ceType(), "/ipaccord/member-service");

            JsonNode body = objectMapper.readTree(record.value());
            assertThat(body.get("name").asText()).isEqualTo("Test Republic F (updated)");
            assertThat(body.get("memberSince").asText()).isEqualTo("1999-09-09");
            assertThat(body.get("version").asLong()).isEqualTo(1);
            assertThat(schemaErrors(body)).isEmpty();
        }
    }

    @Test
    void aRemovalPublishesTheLastStateThenATombstone() throws Exception {
        MemberStateResourceTest.register("XG", "XGG", "908", "Test Republic G");
        OutboxDrained.await(dataSource, DEADLINE);
        try (TopicReader reader = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.MEMBER_STATES)) {
            given().delete("/member-states/XG").then().statusCode(204);

            List<ConsumerRecord<String, String>> records = reader.await(r -> "XG".equals(r.key()), 2, DEADLINE);
            assertThat(TopicReader.header(records.get(0), CloudEvents.HEADER_TYPE)).isEqualTo(MemberStateEventType.REMOVED.ceType());
            assertThat(schemaErrors(objectMapper.readTree(records.get(0).value()))).isEmpty();
            assertThat(objectMapper.readTree(records.get(0).value()).get("name").asText()).isEqualTo("Test Republic G");
            assertThat(records.get(1).value()).isNull();
            assertThat(TopicReader.header(records.get(1), CloudEvents.HEADER_ID)).isNull();
        }
    }

    @Test
    void writesAcceptedWhileKafkaIsDownAllArriveInOrderOnceItIsBack() throws Exception {
        int n = 12;
        List<String> codes = java.util.stream.IntStream.range(0, n).mapToObj(i -> "Q" + (char) ('M' + i)).toList();
        try (TopicReader reader = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.MEMBER_STATES)) {
            kafka.stop();
            try {
                for (int i = 0; i < n; i++) {
                    MemberStateResourceTest.register(codes.get(i), codes.get(i) + "Q", String.valueOf(910 + i), "Outage " + i);
                }
                // Six more writes to one state while Kafka is still down: their order must hold.
                for (int v = 1; v <= 6; v++) {
                    given().contentType(ContentType.JSON)
                            .body(Map.of("alpha3", "QMQ", "numeric", "910", "name", "Outage 0 v" + v))
                            .put("/member-states/QM").then().statusCode(200);
                }
                assertThat(OutboxDrained.unsent(dataSource)).as("rows waiting in the outbox while Kafka is down").isGreaterThanOrEqualTo(n + 6);
            } finally {
                kafka.start();
            }

            Set<String> keys = Set.copyOf(codes);
            List<ConsumerRecord<String, String>> received = reader.await(r -> keys.contains(r.key()), n + 6, DEADLINE);
            OutboxDrained.await(dataSource, DEADLINE);
            List<ConsumerRecord<String, String>> all = reader.readToEnd(DEADLINE).stream()
                    .filter(r -> keys.contains(r.key())).toList();

            assertThat(all).as("nothing duplicated by the relay").hasSize(n + 6);
            assertThat(all.stream().map(r -> TopicReader.header(r, CloudEvents.HEADER_ID)).distinct()).hasSize(n + 6);
            assertThat(received.subList(0, n).stream().map(ConsumerRecord::key).toList()).isEqualTo(codes);
            List<String> qmNames = all.stream().filter(r -> r.key().equals("QM"))
                    .map(r -> readName(r.value())).toList();
            assertThat(qmNames).containsExactly("Outage 0", "Outage 0 v1", "Outage 0 v2", "Outage 0 v3",
                    "Outage 0 v4", "Outage 0 v5", "Outage 0 v6");
        }
    }

    private String readName(String json) {
        try {
            return objectMapper.readTree(json).get("name").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Set<ValidationMessage> schemaErrors(JsonNode body) {
        return JsonSchemas.errors(Schemas.MEMBER_STATE_V1, body);
    }
}
