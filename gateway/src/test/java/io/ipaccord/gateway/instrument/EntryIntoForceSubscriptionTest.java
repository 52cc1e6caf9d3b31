package io.ipaccord.gateway.instrument;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.Topics;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.gateway.FeedTest;
import io.ipaccord.gateway.GatewayMetrics;
import io.ipaccord.gateway.GraphQLSubscriptions;
import io.ipaccord.gateway.GraphQLSubscriptions.Received;
import io.ipaccord.gateway.Inputs;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.gateway.TreatyServiceApi;
import io.ipaccord.testing.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.json.JsonObject;

/**
 * End to end, Beijing-style: a treaty in force three months after the 30th ratification or accession. The 30th is
 * deposited through the gateway; treaty-service determines the entry into force, publishes it through its outbox
 * on Kafka, and the gateway's subscribers receive it.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class EntryIntoForceSubscriptionTest extends FeedTest {

    static final String TREATY = "TEST_GW_BEIJING_STYLE";
    static final Duration DEADLINE = Duration.ofSeconds(60);

    EntryIntoForceSubscriptionTest() {
        super(TreatyActionFeed.CHANNEL, Topics.TREATY_ACTIONS);
    }

    @Test
    void theThirtiethInstrumentBringsTheEntryIntoForceToSubscribersAndKafka() throws Exception {
        TreatyServiceApi.createTreaty(TREATY, 30, 3);
        List<String> states = execute("member-states", Map.of("first", 31, "sort", "CODE"))
                .extract().jsonPath().getList("data.memberStates.nodes.code");
        for (int i = 0; i < 29; i++) {
            TreatyServiceApi.deposit(TREATY, states.get(i), i % 2 == 0 ? "RATIFICATION" : "ACCESSION",
                    LocalDate.of(2014, 1, 1).plusMonths(2L * i).toString());
        }
        execute("treaty", Map.of("code", TREATY)).body("data.treaty.status", equalTo("ADOPTED"));

        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (GraphQLSubscriptions subscriptions = subscriptions();
                TopicReader kafka = TopicReader.fromEnd(bootstrap, Topics.TREATY_ACTIONS)) {
            Received notifications = subscriptions.subscribe("entry-into-force", Map.of("treaty", TREATY),
                    "entryIntoForce");
            Received deposits = subscriptions.subscribe("instrument-deposited", Map.of("treaty", TREATY),
                    "instrumentDeposited");
            GatewayMetrics.awaitSubscriptions("entryIntoForce", 1);
            GatewayMetrics.awaitSubscriptions("instrumentDeposited", 1);

            String thirtieth = execute("deposit-instrument", Map.of("input",
                    Inputs.instrument(TREATY, states.get(29), "RATIFICATION", "2020-01-28")))
                    .body("errors", nullValue())
                    .body("data.depositInstrument.determinations.find { it.kind == 'TREATY_IN_FORCE' }.date",
                            equalTo("2020-04-28"))
                    .body("data.depositInstrument.determinations.find { it.kind == 'TREATY_IN_FORCE' }.parties",
                            hasSize(30))
                    .extract().path("data.depositInstrument.instrument.id");

            // on the subscription: the treaty in force, then each of the 30 states bound, all from 2020-04-28
            await("31 notifications").atMost(DEADLINE).untilAsserted(() -> {
                assertThat(subscriptions.failure()).isNull();
                assertThat(notifications.size()).isGreaterThanOrEqualTo(31);
            });
            List<JsonObject> received = notifications.data();
            JsonObject inForce = received.get(0);
            assertThat(inForce.getString("kind")).isEqualTo("TREATY");
            assertThat(inForce.getString("treaty")).isEqualTo(TREATY);
            assertThat(inForce.getString("date")).isEqualTo("2020-04-28");
            assertThat(inForce.getString("instrumentId")).isEqualTo(thirtieth);
            assertThat(inForce.getJsonArray("parties").getValuesAs(jakarta.json.JsonString::getString))
                    .containsExactlyInAnyOrderElementsOf(states.subList(0, 30));
            List<JsonObject> bound = received.subList(1, received.size());
            assertThat(bound).hasSize(30).allSatisfy(party -> {
                assertThat(party.getString("kind")).isEqualTo("PARTY");
                assertThat(party.getString("date")).isEqualTo("2020-04-28");
            });
            assertThat(bound).extracting(party -> party.getString("state"))
                    .containsExactlyInAnyOrderElementsOf(states.subList(0, 30));
            assertThat(received).extracting(n -> n.getString("eventId")).doesNotHaveDuplicates();

            await("the deposit").atMost(DEADLINE).until(() -> deposits.size() > 0);
            JsonObject deposited = deposits.data().get(0);
            assertThat(deposited.getString("id")).isEqualTo(thirtieth);
            assertThat(deposited.getString("state")).isEqualTo(states.get(29));

            // on Kafka, as integrators read it: keyed by the treaty, after the instrument it follows from
            List<ConsumerRecord<String, String>> determined = kafka.await(record -> TREATY.equals(record.key())
                    && TreatyActionChangeType.TREATY_ENTRY_INTO_FORCE_DETERMINED.ceType()
                            .equals(TopicReader.header(record, CloudEvents.HEADER_TYPE)), 1, DEADLINE);
            JsonNode payload = new ObjectMapper().readTree(determined.get(0).value());
            assertThat(payload.get("date").asText()).isEqualTo("2020-04-28");
            assertThat(payload.get("triggeringInstrumentId").asText()).isEqualTo(thirtieth);
            assertThat(TopicReader.header(determined.get(0), CloudEvents.HEADER_ID)).isEqualTo(inForce.getString("eventId"));
            assertThat(kafka.matching(record -> TREATY.equals(record.key())).stream()
                    .map(record -> TopicReader.header(record, CloudEvents.HEADER_TYPE)).toList())
                    .startsWith(TreatyActionChangeType.INSTRUMENT_DEPOSITED.ceType(),
                            TreatyActionChangeType.TREATY_ENTRY_INTO_FORCE_DETERMINED.ceType());

            // a later party is bound three months after its own deposit
            notifications.clear();
            execute("deposit-instrument", Map.of("input",
                    Inputs.instrument(TREATY, states.get(30), "ACCESSION", "2020-08-19")))
                    .body("errors", nullValue());
            await("the later party").atMost(DEADLINE).until(() -> notifications.size() > 0);
            JsonObject later = notifications.data().get(0);
            assertThat(later.getString("kind")).isEqualTo("PARTY");
            assertThat(later.getString("state")).isEqualTo(states.get(30));
            assertThat(later.getString("date")).isEqualTo("2020-11-19");
        }

        JsonPath treaty = execute("treaty-status-on-dates", Map.of("code", TREATY, "before", "2020-04-27",
                "after", "2020-04-28"))
                .body("errors", nullValue())
                .body("data.treaty.statusBefore", equalTo("NOT_YET_IN_FORCE"))
                .body("data.treaty.statusAfter", equalTo("IN_FORCE"))
                .body("data.treaty.partiesAfter.status", everyItem(equalTo("BOUND")))
                .extract().jsonPath();
        assertThat(treaty.getList("data.treaty.partiesAfter")).hasSize(30);
    }
}
