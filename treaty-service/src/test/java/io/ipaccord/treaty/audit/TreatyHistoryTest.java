package io.ipaccord.treaty.audit;

import static io.ipaccord.testing.auth.Refusals.anonymous;
import static io.ipaccord.treaty.Fixtures.createTreaty;
import static io.ipaccord.treaty.Fixtures.instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.contracts.treaty.TreatyChangeType;
import io.ipaccord.testing.auth.Tokens;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.TopicReader;
import io.ipaccord.treaty.MemberStateEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** A treaty's history holds its own changes and its instruments', each with who made it, as on Kafka. */
@QuarkusTest
class TreatyHistoryTest {

    @Inject DataSource dataSource;

    @Test
    void aTreatysHistoryHoldsItsInstrumentsWithTheirActors() {
        MemberStateEvents.ensureKnown(dataSource, List.of("XA"));
        createTreaty("TEST_HISTORY", 1, 3);
        try (TopicReader reader = TopicReader.fromEnd(KafkaBroker.shared().bootstrapServers(), Topics.TREATY_ACTIONS)) {
            long id = anonymous().header("Authorization", Tokens.bearer(Tokens.signed("carol", Set.of("editor"))))
                    .contentType(ContentType.JSON).body(instrument("TEST_HISTORY", "XA", "RATIFICATION", "2019-01-10"))
                    .post("/instruments").then().statusCode(201).extract().jsonPath().getLong("id");
            ConsumerRecord<String, String> deposited = reader.await(r -> "TEST_HISTORY".equals(r.key())
                    && TreatyActionChangeType.INSTRUMENT_DEPOSITED.ceType().equals(TopicReader.header(r, CloudEvents.HEADER_TYPE)),
                    1, Duration.ofSeconds(60)).get(0);
            assertThat(TopicReader.header(deposited, CloudEvents.HEADER_ACTOR)).isEqualTo("carol");

            JsonPath history = anonymous().get("/treaties/TEST_HISTORY/history").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(history.getString("[0].type")).isEqualTo(TreatyChangeType.REGISTERED.ceType());
            assertThat(history.getString("[0].actor")).isEqualTo(Tokens.ADMIN_SUBJECT);
            List<String> types = history.getList("type");
            int deposit = types.indexOf(TreatyActionChangeType.INSTRUMENT_DEPOSITED.ceType());
            assertThat(deposit).isPositive();
            assertThat(history.getString("[" + deposit + "].actor")).isEqualTo("carol");
            assertThat(history.getLong("[" + deposit + "].data.id")).isEqualTo(id);
            assertThat(history.getString("[" + deposit + "].eventId"))
                    .isEqualTo(TopicReader.header(deposited, CloudEvents.HEADER_ID));
        }
    }

    @Test
    void seededTreatiesWereRecordedByTheSeed() {
        anonymous().get("/treaties/BERNE/history").then().statusCode(200)
                .body("[0].actor", equalTo(CloudEvents.ACTOR_SEED));
    }
}
