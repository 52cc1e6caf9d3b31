package io.ipaccord.gateway.instrument;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.fields;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.Inputs;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.gateway.TreatyServiceApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Instrument mutations forwarded to the real treaty-service, and their coded errors. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class InstrumentMutationsTest {

    @Test
    void depositCorrectAndWithdraw() {
        TreatyServiceApi.createTreaty("TEST_GW_MUTATIONS", 2, 3);
        Map<String, Object> first = Inputs.instrument("TEST_GW_MUTATIONS", "FR", "RATIFICATION", "2021-03-01");
        first.put("notificationReference", "Test Notification No. 1");
        first.put("sources", List.of("https://example.org/fr"));
        first.put("verified", "PARTIAL");

        String id = fields(execute("deposit-instrument", Map.of("input", first))
                .body("errors", nullValue()), "data.depositInstrument",
                "instrument.treaty", "TEST_GW_MUTATIONS", "instrument.state", "FR", "instrument.type", "RATIFICATION",
                "instrument.depositDate", "2021-03-01", "instrument.notificationReference", "Test Notification No. 1",
                "instrument.sources", contains("https://example.org/fr"), "instrument.verified", "PARTIAL",
                "instrument.withdrawn", false, "determinations", hasSize(0))
                .extract().path("data.depositInstrument.instrument.id");

        // the second ratification completes the count: in force three months later for both
        execute("deposit-instrument", Map.of("input", Inputs.instrument("TEST_GW_MUTATIONS", "DE", "ACCESSION",
                "2021-04-15")))
                .body("errors", nullValue())
                .body("data.depositInstrument.determinations.kind", hasItems("TREATY_IN_FORCE", "PARTY_BOUND"))
                .body("data.depositInstrument.determinations.find { it.kind == 'TREATY_IN_FORCE' }.date",
                        equalTo("2021-07-15"))
                .body("data.depositInstrument.determinations.find { it.kind == 'TREATY_IN_FORCE' }.parties",
                        org.hamcrest.Matchers.containsInAnyOrder("FR", "DE"));

        // France's deposit was earlier than recorded: the treaty's date does not move, its own record does
        Map<String, Object> corrected = Inputs.instrument("TEST_GW_MUTATIONS", "FR", "RATIFICATION", "2021-02-01");
        corrected.put("notificationReference", "Test Notification No. 1 (corrected)");
        fields(execute("correct-instrument", Map.of("id", id, "input", corrected))
                .body("errors", nullValue()), "data.correctInstrument.instrument",
                "id", id, "depositDate", "2021-02-01", "notificationReference", "Test Notification No. 1 (corrected)",
                "version", 1);

        execute("withdraw-instrument", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.withdrawInstrument.instrument.id", equalTo(id))
                .body("data.withdrawInstrument.instrument.withdrawn", equalTo(true));
        execute("treaty", Map.of("code", "TEST_GW_MUTATIONS"))
                .body("data.treaty.status", equalTo("ADOPTED"))
                .body("data.treaty.entryIntoForce", nullValue())
                .body("data.treaty.instruments.find { it.id == '" + id + "' }.withdrawn", equalTo(true));
    }

    @Test
    void invalidInputIsAValidationErrorNamingTheFields() {
        refused(execute("deposit-instrument", Map.of("input", Inputs.instrument("BEIJING", "cn", "RATIFICATION",
                "2999-01-01"))), "depositInstrument", "VALIDATION")
                .body("errors", hasSize(1))
                .body("errors[0].extensions.fields", hasItems("state", "depositDate"))
                .body("errors[0].extensions.violations.field", hasItems("state", "depositDate"));
    }

    @Test
    void unknownTreatyOrMemberStateIsAValidationErrorNamingTheCode() {
        refused(execute("deposit-instrument", Map.of("input", Inputs.instrument("NO_SUCH_TREATY", "CN",
                "RATIFICATION", "2020-01-01"))), "depositInstrument", "VALIDATION", "treaty")
                .body("errors[0].message", containsString("NO_SUCH_TREATY"));
        refused(execute("deposit-instrument", Map.of("input", Inputs.instrument("BEIJING", "QQ", "RATIFICATION",
                "2020-01-01"))), "depositInstrument", "VALIDATION", "state")
                .body("errors[0].message", containsString("QQ"));
    }

    @Test
    void aSecondRatificationIsAConflict() {
        refused(execute("deposit-instrument", Map.of("input", Inputs.instrument("BEIJING", "CN", "RATIFICATION",
                "2020-01-01"))), "depositInstrument", "CONFLICT", "type")
                .body("errors[0].message", containsString("CN already has instrument"));
    }

    @Test
    void unknownOrMalformedInstrumentIds() {
        refused(execute("withdraw-instrument", Map.of("id", "987654321")), "withdrawInstrument", "NOT_FOUND");
        refused(execute("correct-instrument", Map.of("id", "987654321",
                "input", Inputs.instrument("BEIJING", "CN", "RATIFICATION", "2014-07-09"))), "correctInstrument",
                "NOT_FOUND");
        refused(execute("withdraw-instrument", Map.of("id", "not-an-id")), "withdrawInstrument", "VALIDATION", "id");
    }

    /** member-service -> Kafka -> treaty-service's replica: a state registered now can deposit once its event is in. */
    @Test
    void aStateRegisteredThroughTheGatewayCanDepositOnceTreatyServiceKnowsIt() {
        TreatyServiceApi.createTreaty("TEST_GW_NEW_STATE", 5, 3);
        Map<String, Object> deposit = Map.of("input",
                Inputs.instrument("TEST_GW_NEW_STATE", "XR", "ACCESSION", "2024-05-02"));
        execute("deposit-instrument", deposit)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.fields", contains("state"));

        execute("register-member-state", Map.of("input",
                Inputs.newState("XR", "XRR", "922", "Registered Later")))
                .body("errors", nullValue());
        try {
            // each refused attempt writes nothing, so retrying until the replica has the state is harmless
            await("XR known to treaty-service").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> execute("deposit-instrument", deposit)
                            .body("errors", nullValue())
                            .body("data.depositInstrument.instrument.state", equalTo("XR")));
            execute("member-state-treaties", Map.of("code", "XR"))
                    .body("errors", nullValue())
                    .body("data.memberState.treaties.treatyCode", contains("TEST_GW_NEW_STATE"))
                    .body("data.memberState.treaties[0].status", equalTo("CONTRACTING_NOT_YET_BOUND"));
        } finally {
            execute("remove-member-state", Map.of("code", "XR"));
        }
    }
}
