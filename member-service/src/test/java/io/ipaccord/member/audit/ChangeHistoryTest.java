package io.ipaccord.member.audit;

import static io.ipaccord.testing.auth.Refusals.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.testing.auth.Tokens;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Every change records who made it and when: in member-service's database (the history, kept after a removal) and on
 * its Kafka event (ce_ipaccordactor). Code XN is user-assigned in ISO 3166, used by no other test.
 */
@QuarkusTest
class ChangeHistoryTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void aStatesHistoryNamesWhoChangedItAndWhenAlsoAfterItsRemoval() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        String alice = Tokens.bearer(Tokens.signed("alice", Set.of("editor")));
        try (TopicReader reader = TopicReader.fromEnd(KafkaBroker.shared().bootstrapServers(), Topics.MEMBER_STATES)) {
            anonymous().header("Authorization", alice).contentType(ContentType.JSON)
                    .body(Map.of("code", "XN", "alpha3", "XNN", "numeric", "987", "name", "Audited Republic"))
                    .post("/member-states").then().statusCode(201);
            anonymous().header("Authorization", alice).contentType(ContentType.JSON)
                    .body(Map.of("alpha3", "XNN", "numeric", "987", "name", "Audited Republic, renamed"))
                    .put("/member-states/XN").then().statusCode(200);
            anonymous().header("Authorization", Tokens.bearer(Tokens.signed("bob", Set.of("admin"))))
                    .delete("/member-states/XN").then().statusCode(204);

            List<ConsumerRecord<String, String>> events = reader.await(r -> "XN".equals(r.key()) && r.value() != null,
                    3, DEADLINE);
            assertThat(events).extracting(r -> TopicReader.header(r, CloudEvents.HEADER_ACTOR))
                    .containsExactly("alice", "alice", "bob");

            JsonPath history = anonymous().get("/member-states/XN/history").then().statusCode(200).extract().jsonPath();
            assertThat(history.getList("actor")).containsExactly("alice", "alice", "bob");
            assertThat(history.getList("type")).containsExactly(MemberStateEventType.REGISTERED.ceType(),
                    MemberStateEventType.UPDATED.ceType(), MemberStateEventType.REMOVED.ceType());
            assertThat(history.getList("eventId")).containsExactlyElementsOf(
                    events.stream().map(r -> TopicReader.header(r, CloudEvents.HEADER_ID)).toList());
            assertThat(history.getString("[1].data.name")).isEqualTo("Audited Republic, renamed");
            assertThat(history.getList("at", String.class)).allSatisfy(at -> assertThat(OffsetDateTime.parse(at))
                    .isAfter(before).isBefore(OffsetDateTime.now().plusSeconds(1)));
        }
    }

    @Test
    void seededStatesAndOrganisationsWereChangedByTheSeed() {
        anonymous().get("/member-states/CN/history").then().statusCode(200)
                .body("[0].actor", equalTo(CloudEvents.ACTOR_SEED))
                .body("[0].type", equalTo(MemberStateEventType.REGISTERED.ceType()))
                .body("[0].data.name", equalTo("China"));
        anonymous().get("/organisations/EU/history").then().statusCode(200)
                .body("[0].actor", equalTo(CloudEvents.ACTOR_SEED));
    }

    @Test
    void aCodeWithoutHistoryIsNotFound() {
        anonymous().get("/member-states/XW/history").then().statusCode(404);
    }
}
