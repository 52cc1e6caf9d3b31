package io.ipaccord.treaty.instrument.api;

import static io.ipaccord.testing.rest.ProblemAssertions.invalid;
import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.ipaccord.treaty.Fixtures.deposit;
import static io.ipaccord.treaty.Fixtures.instrument;
import static io.ipaccord.treaty.Fixtures.instrumentCount;
import static io.ipaccord.treaty.Fixtures.postInstrument;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.treaty.Fixtures;
import io.ipaccord.treaty.MemberStateEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * The instruments API over real HTTP and PostgreSQL. Each test makes up its own treaty; the depositing states
 * (ISO user-assigned codes XA-XJ, which no real state has) are made known the only way treaty-service learns of
 * member states: member-state events on Kafka.
 */
@QuarkusTest
class InstrumentResourceTest {

    private static final List<String> STATES = List.of("XA", "XB", "XC", "XD", "XE", "XF", "XG", "XH", "XI", "XJ");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void statesAreKnown() {
        MemberStateEvents.ensureKnown(dataSource, STATES);
    }

    @Test
    void depositsReadsAndListsAnInstrument() {
        Fixtures.createTreaty("TEST_DEPOSIT", 3, 3);
        Map<String, Object> body = instrument("TEST_DEPOSIT", "XA", "RATIFICATION", "2019-05-02");
        body.put("notificationDate", "2019-05-10");
        body.put("notificationReference", "Test Notification No. 1");
        body.put("notes", "deposited at a ceremony");
        body.put("sources", List.of("https://example.org/n1"));
        body.put("groups", List.of("PARIS_UNION"));
        body.put("verified", "yes");

        Response created = given().contentType(ContentType.JSON).body(body).post("/instruments")
                .then().statusCode(201)
                .header("Location", containsString("/instruments/"))
                .body("treaty", equalTo("TEST_DEPOSIT")).body("act", nullValue()).body("state", equalTo("XA"))
                .body("type", equalTo("RATIFICATION")).body("depositDate", equalTo("2019-05-02"))
                .body("notificationDate", equalTo("2019-05-10")).body("withdrawn", equalTo(false))
                .body("version", equalTo(0)).body("determinations", hasSize(0))
                .extract().response();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/instruments/" + id);

        given().get("/instruments/" + id).then().statusCode(200)
                .body("notificationReference", equalTo("Test Notification No. 1"))
                .body("sources", equalTo(List.of("https://example.org/n1")))
                .body("groups", equalTo(List.of("PARIS_UNION")))
                .body("verified", equalTo("yes"))
                .body("determinations", nullValue());
        deposit("TEST_DEPOSIT", "XB", "SIGNATURE", "2019-01-15");

        given().queryParam("treaty", "TEST_DEPOSIT").get("/instruments").then().statusCode(200)
                .body("state", equalTo(List.of("XB", "XA")));
        given().queryParam("treaty", "TEST_DEPOSIT").queryParam("state", "XA").get("/instruments").then()
                .body("id", equalTo(List.of((int) id)));
        given().queryParam("state", "XA").get("/instruments").then().body("treaty", hasItems("TEST_DEPOSIT"));
        given().get("/treaties/TEST_DEPOSIT/instruments").then().statusCode(200).body("type", equalTo(List.of("SIGNATURE", "RATIFICATION")));
        given().queryParam("asOf", "2019-06-01").get("/treaties/TEST_DEPOSIT/parties").then()
                .body("state", equalTo(List.of("XA", "XB")))
                .body("status", equalTo(List.of("CONTRACTING_NOT_YET_BOUND", "SIGNATORY")));
    }

    @Test
    void theDepositCompletingTheCountDeterminesTheEntryIntoForce() {
        Fixtures.createTreaty("TEST_COUNT", 3, 3);
        assertThat(deposit("TEST_COUNT", "XA", "RATIFICATION", "2019-01-10").getList("determinations")).isEmpty();
        assertThat(deposit("TEST_COUNT", "XB", "ACCESSION", "2019-02-10").getList("determinations")).isEmpty();
        JsonPath third = deposit("TEST_COUNT", "XC", "ACCEPTANCE", "2019-03-10");

        assertThat(third.getString("determinations[0].kind")).isEqualTo("TREATY_IN_FORCE");
        assertThat(third.getString("determinations[0].date")).isEqualTo("2019-06-10");
        assertThat(third.getLong("determinations[0].instrumentId")).isEqualTo(third.getLong("id"));
        assertThat(third.getList("determinations[0].parties", String.class)).containsExactly("XA", "XB", "XC");
        assertThat(third.getList("determinations.findAll { it.kind == 'PARTY_BOUND' }.state", String.class))
                .containsExactly("XA", "XB", "XC");
        assertThat(third.getList("determinations.findAll { it.kind == 'PARTY_BOUND' }.date", String.class))
                .containsOnly("2019-06-10");

        JsonPath later = deposit("TEST_COUNT", "XD", "ACCESSION", "2019-08-31");
        assertThat(later.getList("determinations")).hasSize(1);
        assertThat(later.getMap("determinations[0]")).isEqualTo(Map.of("kind", "PARTY_BOUND", "state", "XD",
                "date", "2019-11-30", "instrumentId", later.getInt("id")));

        given().queryParam("asOf", "2019-06-10").get("/treaties/TEST_COUNT").then()
                .body("status", equalTo("IN_FORCE")).body("entryIntoForce.derived", equalTo(true))
                .body("entryIntoForce.triggeringInstrumentId", equalTo(third.getInt("id"))).body("partyCount", equalTo(3));
    }

    @Test
    void aSecondBindingInstrumentForTheSameTreatyAndActIsAConflictAndWritesNothing() {
        Fixtures.createTreaty("TEST_TWICE", 3, 3);
        long first = deposit("TEST_TWICE", "XA", "RATIFICATION", "2019-01-10").getLong("id");

        problem(postInstrument(instrument("TEST_TWICE", "XA", "RATIFICATION", "2019-02-10")), 409, "conflict")
                .body("errors[0].field", equalTo("type"))
                .body("detail", containsString(String.valueOf(first)));
        problem(postInstrument(instrument("TEST_TWICE", "XA", "ACCESSION", "2019-02-10")), 409, "conflict")
                .body("errors[0].field", equalTo("type"));
        assertThat(instrumentCount("TEST_TWICE")).isEqualTo(1);

        // A declaration is not a second binding instrument; after a denunciation the state may join again.
        deposit("TEST_TWICE", "XA", "DECLARATION", "2019-02-11");
        deposit("TEST_TWICE", "XA", "DENUNCIATION", "2019-03-01");
        deposit("TEST_TWICE", "XA", "ACCESSION", "2021-03-01");
        assertThat(instrumentCount("TEST_TWICE")).isEqualTo(4);
    }

    @Test
    void aDenunciationNeedsABindingInstrument() {
        Fixtures.createTreaty("TEST_DENOUNCE", 1, 3);
        problem(postInstrument(instrument("TEST_DENOUNCE", "XB", "DENUNCIATION", "2019-02-10")), 422, "unprocessable")
                .body("errors[0].field", equalTo("type"));
        assertThat(instrumentCount("TEST_DENOUNCE")).isZero();

        deposit("TEST_DENOUNCE", "XB", "RATIFICATION", "2019-01-10");
        JsonPath denunciation = deposit("TEST_DENOUNCE", "XB", "DENUNCIATION", "2020-02-10");
        assertThat(denunciation.getMap("determinations[0]")).isEqualTo(Map.of("kind", "DENUNCIATION_EFFECTIVE",
                "state", "XB", "date", "2021-02-10", "instrumentId", denunciation.getInt("id")));
        given().queryParam("asOf", "2021-02-10").get("/treaties/TEST_DENOUNCE/parties").then()
                .body("[0].status", equalTo("DENOUNCED")).body("[0].bound", equalTo("2019-04-10"))
                .body("[0].denouncedEffective", equalTo("2021-02-10"));
    }

    @Test
    void anInstrumentFromAStateThatIsNotAKnownMemberStateIsRefusedNamingIt() {
        Fixtures.createTreaty("TEST_UNKNOWN_STATE", 3, 3);
        problem(postInstrument(instrument("TEST_UNKNOWN_STATE", "QQ", "RATIFICATION", "2019-01-10")), 422, "unprocessable")
                .body("errors[0].field", equalTo("state"))
                .body("errors[0].message", containsString("QQ"))
                .body("detail", containsString("QQ is not a known member state"));
        assertThat(instrumentCount("TEST_UNKNOWN_STATE")).isZero();
    }

    @Test
    void anUnknownTreatyOrAnActOfAnotherTreatyIsRefused() {
        problem(postInstrument(instrument("NO_SUCH_TREATY", "XA", "RATIFICATION", "2019-01-10")), 422, "unprocessable")
                .body("errors[0].field", equalTo("treaty"))
                .body("detail", containsString("NO_SUCH_TREATY"));

        Map<String, Object> treaty = Fixtures.treaty("TEST_ACTS", 2, 3);
        treaty.put("acts", List.of(Map.of("code", "GENEVA_1999", "name", "Geneva Act (1999)")));
        given().contentType(ContentType.JSON).body(treaty).post("/treaties").then().statusCode(201);
        Map<String, Object> body = instrument("TEST_ACTS", "XA", "RATIFICATION", "2019-01-10");
        body.put("act", "LONDON_1934");
        problem(postInstrument(body), 422, "unprocessable")
                .body("errors[0].field", equalTo("act"))
                .body("detail", containsString("GENEVA_1999"));
        assertThat(instrumentCount("TEST_ACTS")).isZero();

        body.put("act", "GENEVA_1999");
        postInstrument(body).then().statusCode(201).body("act", equalTo("GENEVA_1999"));
        // An instrument for another text of the same treaty is no second instrument for this Act; under the
        // treaty's one rule the state still counts once.
        body.remove("act");
        postInstrument(body).then().statusCode(201).body("act", nullValue());
        given().queryParam("asOf", "2020-01-01").get("/treaties/TEST_ACTS/parties").then()
                .body("state", equalTo(List.of("XA")))
                .body("act", equalTo(List.of("GENEVA_1999")))
                .body("status", equalTo(List.of("CONTRACTING_NOT_YET_BOUND")));
    }

    @Test
    void refusesInvalidInputNamingEachFieldAndWritesNothing() {
        Fixtures.createTreaty("TEST_INVALID", 3, 3);
        problem(postInstrument(Map.of("treaty", "test_invalid", "state", "xa", "depositDate", "2999-01-01",
                "notificationReference", "x".repeat(501))), 400, "validation")
                .body("errors.field", hasItems("treaty", "state", "type", "depositDate", "notificationReference"));
        invalid(postInstrument(instrument("TEST_INVALID", "XA", "RESERVATION", "2019-01-10")), "type");
        invalid(postInstrument(instrument("TEST_INVALID", "XA", "RATIFICATION", "10/01/2019")), "depositDate");
        Map<String, Object> early = instrument("TEST_INVALID", "XA", "RATIFICATION", "2019-01-10");
        early.put("notificationDate", "2019-01-09");
        invalid(postInstrument(early), "notificationDate");
        Map<String, Object> groups = instrument("TEST_INVALID", "XA", "RATIFICATION", "2019-01-10");
        groups.put("groups", List.of("paris union"));
        problem(postInstrument(groups), 400, "validation").body("errors[0].field", containsString("groups"));
        problem(given().contentType(ContentType.JSON).body("{\"treaty\": ").post("/instruments"), 400, "validation");
        problem(given().contentType(ContentType.JSON).body("").post("/instruments"), 400, "validation");
        assertThat(instrumentCount("TEST_INVALID")).isZero();

        invalid(given().queryParam("treaty", "bad code").get("/instruments"), "treaty");
        invalid(given().queryParam("state", "xa").get("/instruments"), "state");
    }

    @Test
    void correctsAnInstrumentAndPublishesWhatTheCorrectionDetermines() {
        Fixtures.createTreaty("TEST_CORRECT", 2, 1);
        long first = deposit("TEST_CORRECT", "XE", "RATIFICATION", "2019-01-10").getLong("id");
        long second = deposit("TEST_CORRECT", "XF", "RATIFICATION", "2019-02-10").getLong("id");
        given().queryParam("asOf", "2019-03-10").get("/treaties/TEST_CORRECT").then()
                .body("entryIntoForce.date", equalTo("2019-03-10"));

        Map<String, Object> corrected = instrument("TEST_CORRECT", "XF", "RATIFICATION", "2019-02-20");
        corrected.put("notes", "deposit date corrected");
        JsonPath receipt = given().contentType(ContentType.JSON).body(corrected).put("/instruments/" + second)
                .then().statusCode(200)
                .body("depositDate", equalTo("2019-02-20")).body("version", equalTo(1))
                .body("notes", equalTo("deposit date corrected"))
                .extract().jsonPath();
        assertThat(receipt.getString("determinations[0].kind")).isEqualTo("TREATY_IN_FORCE");
        assertThat(receipt.getString("determinations[0].date")).isEqualTo("2019-03-20");
        given().get("/treaties/TEST_CORRECT").then().body("entryIntoForce.date", equalTo("2019-03-20"));

        // Correcting XF's instrument into a second ratification by XE is a conflict; nothing changes.
        problem(given().contentType(ContentType.JSON).body(instrument("TEST_CORRECT", "XE", "RATIFICATION", "2019-02-20"))
                .put("/instruments/" + second), 409, "conflict").body("errors[0].field", equalTo("type"));
        problem(given().contentType(ContentType.JSON).body(instrument("TEST_DEPOSIT", "XF", "RATIFICATION", "2019-02-20"))
                .put("/instruments/" + second), 422, "unprocessable").body("errors[0].field", equalTo("treaty"));
        problem(given().contentType(ContentType.JSON).body(instrument("TEST_CORRECT", "QQ", "RATIFICATION", "2019-02-20"))
                .put("/instruments/" + second), 422, "unprocessable").body("errors[0].field", equalTo("state"));
        invalid(given().contentType(ContentType.JSON).body(instrument("TEST_CORRECT", "XF", "RATIFICATION", "2999-02-20"))
                .put("/instruments/" + second), "depositDate");
        given().get("/instruments/" + second).then().body("state", equalTo("XF")).body("version", equalTo(1));
        given().get("/instruments/" + first).then().body("version", equalTo(0));

        problem(given().contentType(ContentType.JSON).body(corrected).put("/instruments/999999"), 404, "not-found");
    }

    @Test
    void withdrawsAnInstrumentWhichThenNoLongerCounts() {
        Fixtures.createTreaty("TEST_WITHDRAW", 2, 3);
        deposit("TEST_WITHDRAW", "XG", "RATIFICATION", "2019-01-10");
        long second = deposit("TEST_WITHDRAW", "XH", "RATIFICATION", "2019-02-10").getLong("id");
        given().get("/treaties/TEST_WITHDRAW").then().body("status", equalTo("IN_FORCE")).body("partyCount", equalTo(2));

        given().delete("/instruments/" + second).then().statusCode(200)
                .body("withdrawn", equalTo(true)).body("version", equalTo(1)).body("determinations", hasSize(0));
        given().get("/treaties/TEST_WITHDRAW").then()
                .body("status", equalTo("ADOPTED")).body("entryIntoForce", nullValue()).body("partyCount", equalTo(0));
        given().get("/treaties/TEST_WITHDRAW/instruments").then()
                .body("withdrawn", equalTo(List.of(false, true)));
        given().get("/treaties/TEST_WITHDRAW/parties").then().body("state", equalTo(List.of("XG")));

        // Withdrawing again changes nothing; a withdrawn instrument is not corrected but deposited anew.
        given().delete("/instruments/" + second).then().statusCode(200).body("version", equalTo(1));
        problem(given().contentType(ContentType.JSON).body(instrument("TEST_WITHDRAW", "XH", "RATIFICATION", "2019-02-11"))
                .put("/instruments/" + second), 409, "conflict");
        JsonPath again = deposit("TEST_WITHDRAW", "XH", "RATIFICATION", "2019-02-11");
        assertThat(again.getString("determinations[0].date")).isEqualTo("2019-05-11");

        problem(given().delete("/instruments/999999"), 404, "not-found");
        problem(given().get("/instruments/999999"), 404, "not-found");
    }
}
