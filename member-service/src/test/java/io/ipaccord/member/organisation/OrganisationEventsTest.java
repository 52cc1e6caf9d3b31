package io.ipaccord.member.organisation;

import static io.ipaccord.testing.kafka.CloudEventAssertions.assertCloudEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.Schemas;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.organisation.OrganisationEventType;
import io.ipaccord.testing.json.JsonSchemas;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** What integrators see on {@value Topics#ORGANISATIONS}: the seed and every accepted change, schema-valid CloudEvents. */
@QuarkusTest
class OrganisationEventsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String SOURCE = "/ipaccord/member-service";

    @Inject ObjectMapper objectMapper;

    private final KafkaBroker kafka = KafkaBroker.shared();

    @Test
    void theSeedPublishedFiveRegisteredOrganisationsValidAgainstTheSchema() throws Exception {
        try (TopicReader reader = TopicReader.fromBeginning(kafka.bootstrapServers(), Topics.ORGANISATIONS)) {
            reader.await(this::seededRegistration, 5, DEADLINE);
            List<ConsumerRecord<String, String>> registered = reader.readToEnd(DEADLINE).stream()
                    .filter(this::seededRegistration).toList();

            assertThat(registered).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("EU", "OA", "BX", "EA", "EP");
            for (ConsumerRecord<String, String> record : registered) {
                assertCloudEvent(record, OrganisationEventType.REGISTERED.ceType(), SOURCE);
                JsonNode body = objectMapper.readTree(record.value());
                assertThat(JsonSchemas.errors(Schemas.ORGANISATION_V1, body)).as(record.key()).isEmpty();
                assertThat(body.get("code").asText()).isEqualTo(record.key());
                assertThat(body.get("version").asLong()).isZero();
                assertThat(body.has("tableName")).isFalse();
            }
            JsonNode oapi = objectMapper.readTree(registered.stream().filter(r -> r.key().equals("OA")).findFirst().orElseThrow().value());
            assertThat(oapi.get("shortName").asText()).isEqualTo("OAPI");
            assertThat(oapi.get("sources")).hasSize(1);
        }
    }

    @Test
    void anUpdateIsPublishedWithKeyCloudEventsHeadersAndTheFullStateValidAgainstTheSchema() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("code", "XP", "name", "Test Organisation P", "shortName", "TOP"))
                .post("/organisations").then().statusCode(201);
        try (TopicReader reader = TopicReader.fromEnd(kafka.bootstrapServers(), Topics.ORGANISATIONS)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("name", "Test Organisation P (updated)", "shortName", "TOPU",
                            "sources", List.of("https://example.org/xp"), "verified", "yes"))
                    .put("/organisations/XP").then().statusCode(200);

            // The registration's record may still be on its way (its round not yet committed): the update's is asked for.
            ConsumerRecord<String, String> record = reader.await(r -> "XP".equals(r.key())
                    && OrganisationEventType.UPDATED.ceType().equals(TopicReader.header(r, CloudEvents.HEADER_TYPE)), 1,
                    DEADLINE).get(0);
            assertCloudEvent(record, OrganisationEventType.UPDATED.ceType(), SOURCE);
            JsonNode body = objectMapper.readTree(record.value());
            assertThat(body.get("name").asText()).isEqualTo("Test Organisation P (updated)");
            assertThat(body.get("shortName").asText()).isEqualTo("TOPU");
            assertThat(body.get("version").asLong()).isEqualTo(1);
            assertThat(JsonSchemas.errors(Schemas.ORGANISATION_V1, body)).isEmpty();
        }
    }

    private boolean seededRegistration(ConsumerRecord<String, String> record) {
        return OrganisationEventType.REGISTERED.ceType().equals(TopicReader.header(record, CloudEvents.HEADER_TYPE))
                && !OrganisationResourceTest.isTestCode(record.key());
    }
}
