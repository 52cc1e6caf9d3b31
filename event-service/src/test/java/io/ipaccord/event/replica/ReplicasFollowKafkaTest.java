package io.ipaccord.event.replica;

import static io.ipaccord.event.ReferenceTopics.DEADLINE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.contracts.treaty.TreatyChangeType;
import io.ipaccord.event.ReferenceTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * event-service knows member states and treaties only from Kafka: what member-service and treaty-service publish
 * (produced here exactly as they do) decides which hosts, related states and treaties an event may name.
 */
@QuarkusTest
class ReplicasFollowKafkaTest {

    @Inject ObjectMapper objectMapper;
    @Inject DataSource dataSource;

    @Test
    void aMemberStateRegisteredOnKafkaCanHostEvents() {
        post("EV-TEST-HOST-QM", "QM", List.of()).then().statusCode(422)
                .body("errors[0].field", equalTo("hostCountry")).body("errors[0].message", equalTo("QM is not a known member state"));

        try (ReferenceTopics topics = new ReferenceTopics(objectMapper)) {
            topics.memberState(MemberStateEventType.REGISTERED, "QM", "Test Republic M", UUID.randomUUID().toString(), null);
        }
        await().atMost(DEADLINE).untilAsserted(() -> post("EV-TEST-HOST-QM", "QM", List.of()).then().statusCode(201)
                .body("hostCountry", equalTo("QM")));
    }

    @Test
    void aTreatyRegisteredOnKafkaCanBeRelatedTo() {
        post("EV-TEST-TREATY-XQ", null, List.of("XQ_TREATY")).then().statusCode(422)
                .body("errors[0].field", equalTo("relatedTreaties[0]"));

        try (ReferenceTopics topics = new ReferenceTopics(objectMapper)) {
            topics.treaty(TreatyChangeType.REGISTERED, "XQ_TREATY", "Test Treaty Q", UUID.randomUUID().toString());
        }
        await().atMost(DEADLINE).untilAsserted(() -> post("EV-TEST-TREATY-XQ", null, List.of("XQ_TREATY")).then().statusCode(201)
                .body("relatedTreaties", equalTo(List.of("XQ_TREATY"))));
        assertThat(ReferenceTopics.knownName(dataSource, "TREATY", "XQ_TREATY")).isEqualTo("Test Treaty Q");
    }

    @Test
    void aRemovedMemberStateCanNoLongerBeNamedButItsEventsStayEditable() {
        try (ReferenceTopics topics = new ReferenceTopics(objectMapper)) {
            topics.memberState(MemberStateEventType.REGISTERED, "QN", "Test Republic N", UUID.randomUUID().toString(), null);
            await().atMost(DEADLINE).until(() -> ReferenceTopics.isKnown(dataSource, "MEMBER_STATE", "QN"));
            post("EV-TEST-HOST-QN", "QN", List.of()).then().statusCode(201);

            topics.memberState(MemberStateEventType.REMOVED, "QN", "Test Republic N", UUID.randomUUID().toString(), null);
            topics.tombstone(Topics.MEMBER_STATES, "QN");
        }
        await().atMost(DEADLINE).untilAsserted(() -> post("EV-TEST-HOST-QN-2", "QN", List.of()).then().statusCode(422)
                .body("errors[0].message", equalTo("QN (Test Republic N) is no longer a known member state")));
        // An event that already names the state keeps it when other facts change.
        given().contentType(ContentType.JSON).body(body(null, "QN", List.of(), "Renamed")).put("/events/EV-TEST-HOST-QN")
                .then().statusCode(200).body("hostCountry", equalTo("QN")).body("title", equalTo("Renamed"));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String removal = UUID.randomUUID().toString();
        try (ReferenceTopics topics = new ReferenceTopics(objectMapper)) {
            topics.memberState(MemberStateEventType.REGISTERED, "QO", "Test Republic O", UUID.randomUUID().toString(), null);
            RecordMetadata removed = topics.memberState(MemberStateEventType.REMOVED, "QO", "Test Republic O", removal, null);
            await().atMost(DEADLINE).until(() -> Boolean.TRUE.equals(ReferenceTopics.removed(dataSource, "MEMBER_STATE", "QO")));

            topics.memberState(MemberStateEventType.REGISTERED, "QO", "Test Republic O", UUID.randomUUID().toString(), null);
            await().atMost(DEADLINE).until(() -> ReferenceTopics.isKnown(dataSource, "MEMBER_STATE", "QO"));

            // The removal again, same ce_id, then a marker on the same partition: once the marker is applied, the
            // redelivery has been consumed too.
            topics.memberState(MemberStateEventType.REMOVED, "QO", "Test Republic O", removal, removed.partition());
            topics.memberState(MemberStateEventType.REGISTERED, "QP", "Test Republic P", UUID.randomUUID().toString(),
                    removed.partition());
            await().atMost(DEADLINE).until(() -> ReferenceTopics.isKnown(dataSource, "MEMBER_STATE", "QP"));
        }
        assertThat(ReferenceTopics.removed(dataSource, "MEMBER_STATE", "QO")).isFalse();
        post("EV-TEST-HOST-QO", "QO", List.of()).then().statusCode(201);
        Long deliveries = ReferenceTopics.query(dataSource, "SELECT count(*) FROM processed_event WHERE event_id = ?", removal);
        assertThat(deliveries).isEqualTo(1);
    }

    @Test
    void anUnreadableOrUnknownRecordIsSkippedWithoutStoppingTheReplica() {
        try (ReferenceTopics topics = new ReferenceTopics(objectMapper)) {
            topics.send(Topics.MEMBER_STATES, null, "QQ", MemberStateEventType.REGISTERED.ceType(), "/ipaccord/member-service",
                    UUID.randomUUID().toString(), "{not json");
            topics.send(Topics.MEMBER_STATES, null, "QQ", "io.ipaccord.member-state.renamed.v9", "/ipaccord/member-service",
                    UUID.randomUUID().toString(), "{}");
            topics.memberState(MemberStateEventType.REGISTERED, "QR", "Test Republic R", UUID.randomUUID().toString(), null);
        }
        await().atMost(DEADLINE).until(() -> ReferenceTopics.isKnown(dataSource, "MEMBER_STATE", "QR"));
        assertThat(ReferenceTopics.removed(dataSource, "MEMBER_STATE", "QQ")).isNull();
    }

    private static Response post(String id, String host, List<String> treaties) {
        return given().contentType(ContentType.JSON).body(body(id, host, treaties, "Replica test " + id)).post("/events");
    }

    private static Map<String, Object> body(String id, String host, List<String> treaties, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (id != null) {
            body.put("id", id);
        }
        body.put("type", "CONFERENCE");
        body.put("title", title);
        body.put("startDate", "2031-01-01");
        if (host != null) {
            body.put("hostCountry", host);
        }
        body.put("relatedTreaties", treaties);
        return body;
    }
}
