package io.ipaccord.treaty.partyimport;

import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.Topics;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.OutboxDrained;
import io.ipaccord.testing.kafka.TopicReader;
import io.ipaccord.treaty.Fixtures;
import io.ipaccord.treaty.MemberStateEvents;
import io.ipaccord.treaty.OrganisationEvents;
import io.ipaccord.treaty.partytable.PartyRow;
import io.ipaccord.treaty.partytable.PartyTable;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * {@code PUT /treaties/{code}/party-table} as a user calls it: a contracting-parties table of a treaty the seed has no
 * table for (the PLT; made up, in the depositary's format, test resource {@code partytables/PLT.csv}) lands whole and
 * once; a bad file (each refusal in turn, on the BUDAPEST Treaty, which the seed gives no instrument) is refused with
 * every problem by line and column, and nothing reaches the database or the topic.
 */
@QuarkusTest
class PartyTableImportTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String PLT = TreatySeedTables.text("partytables/PLT.csv");
    /** The same parties as a table of the BUDAPEST Treaty (adopted 1977-04-28): a valid file, until a test spoils it. */
    private static final String BUDAPEST = Pattern.compile("(?m)^PLT,").matcher(PLT).replaceAll("BUDAPEST,");
    private static final String MARKER_TREATY = Fixtures.TEST_PREFIX + "IMPORT_MARKER";

    @Inject DataSource dataSource;

    @BeforeEach
    void partiesKnown() {
        List<String> states = PartyTable.parse("PLT", PLT).stream().map(PartyRow::iso2).toList();
        MemberStateEvents.ensureKnown(dataSource, states);
        OrganisationEvents.ensureKnown(dataSource);
        if (given().get("/treaties/" + MARKER_TREATY).statusCode() == 404) {
            Fixtures.createTreaty(MARKER_TREATY, 50, 3);
        }
    }

    @Test
    void aTableOfATreatyTheSeedHasNoTableForLandsWholeAndAgreesWithTheEngine() {
        JsonPath result = put("PLT", PLT).then().statusCode(200).extract().jsonPath();
        System.out.println("PLT import: " + result.prettify());
        assertThat(result.getInt("rows")).isEqualTo(28);
        assertThat(result.getInt("added")).as("18 signatures, 25 binding instruments").isEqualTo(43);
        assertThat(result.getInt("changed")).isZero();
        assertThat(result.getInt("unchanged")).isZero();
        assertThat(result.getInt("consistency.parties")).isEqualTo(25);
        assertThat(result.getInt("consistency.compared")).isEqualTo(23);
        assertThat(result.getDouble("consistency.agreement")).isGreaterThanOrEqualTo(0.95);

        JsonPath parties = given().get("/treaties/PLT/parties?asOf=2026-02-03").then().statusCode(200).extract().jsonPath();
        assertThat(parties.getList("findAll { it.status == 'BOUND' }.state")).hasSize(24).contains("MD", "RO", "JP", "ME", "BH");
        assertThat(parties.getString("find { it.state == 'SA' }.status")).isEqualTo("CONTRACTING_NOT_YET_BOUND");
        assertThat(parties.getString("find { it.state == 'RO' }.bound")).isEqualTo("2005-04-28");
        assertThat(parties.getString("find { it.state == 'RO' }.computedBound")).isEqualTo("2005-04-28");
        assertThat(parties.getString("find { it.state == 'BH' }.discrepancy")).isEqualTo("INSTRUMENT_NOT_RECORDED");
        assertThat(parties.getList("findAll { it.status == 'SIGNATORY' }.state")).containsExactlyInAnyOrder("DE", "IT", "BE");

        JsonPath report = given().get("/treaties/PLT/consistency").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("summary.agreeing")).isEqualTo(result.getInt("consistency.agreeing"));

        // Importing the same file again: nothing added, nothing changed, nothing published.
        OutboxDrained.await(dataSource, DEADLINE);
        try (TopicReader actions = fromEnd(Topics.TREATY_ACTIONS); TopicReader treaties = fromEnd(Topics.TREATIES)) {
            JsonPath again = put("PLT", PLT).then().statusCode(200).extract().jsonPath();
            assertThat(again.getInt("added")).isZero();
            assertThat(again.getInt("changed")).isZero();
            assertThat(again.getInt("unchanged")).isEqualTo(43);
            assertNothingPublishedFor("PLT", actions);
            assertThat(treaties.readToEnd(DEADLINE).stream().filter(r -> "PLT".equals(r.key()))).isEmpty();
        }

        // A changed row is a correction of that one instrument; the others stay as they are.
        long id = given().queryParam("treaty", "PLT").queryParam("state", "JP").get("/instruments").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.type == 'ACCESSION' }.id");
        int version = given().get("/instruments/" + id).then().extract().jsonPath().getInt("version");
        String corrected = PLT.replace("Japan,JP,state,,accession,2016-03-11,2016-06-11", "Japan,JP,state,,accession,2016-03-10,2016-06-10");
        try (TopicReader actions = fromEnd(Topics.TREATY_ACTIONS)) {
            JsonPath correction = put("PLT", corrected).then().statusCode(200).extract().jsonPath();
            assertThat(correction.getInt("added")).isZero();
            assertThat(correction.getInt("changed")).isEqualTo(1);
            assertThat(correction.getInt("unchanged")).isEqualTo(42);
            List<ConsumerRecord<String, String>> corrections = actions.await(r -> "PLT".equals(r.key())
                    && "io.ipaccord.instrument.corrected.v1".equals(TopicReader.header(r, "ce_type")), 1, DEADLINE);
            assertThat(corrections.get(0).value()).contains("\"depositDate\":\"2016-03-10\"");
        }
        JsonPath japan = given().get("/instruments/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(japan.getString("depositDate")).isEqualTo("2016-03-10");
        assertThat(japan.getInt("version")).isEqualTo(version + 1);
        put("PLT", PLT).then().statusCode(200).body("changed", equalTo(1));
    }

    @Test
    void anUnknownStateIsRefused() {
        refused(BUDAPEST.replace("Romania,RO,state", "Romania,XZ,state"), 11, "iso2", "XZ is not a known member state");
    }

    @Test
    void anUnknownOrganisationIsRefused() {
        refused(BUDAPEST + "BUDAPEST,Made-up Patent Organisation (MPO),,igo,,accession,2010-01-04,2010-04-04,,,,\n",
                30, "party_name_source", "'Made-up Patent Organisation (MPO)' is not a known organisation");
    }

    @Test
    void aBadDateIsRefused() {
        refused(BUDAPEST.replace("Denmark,DK,state,2000-06-02,ratification,2004-02-02", "Denmark,DK,state,2000-06-02,ratification,2004-02-30"),
                9, "instrument_date", "'2004-02-30' is not a real date");
    }

    @Test
    void anUnreadableRowAndAnUnknownStateAreListedInOneAnswer() {
        String csv = BUDAPEST
                .replace("Denmark,DK,state,2000-06-02,ratification,2004-02-02", "Denmark,DK,state,2000-06-02,ratification,2004-02-30")
                .replace("Romania,RO,state", "Romania,XZ,state");
        long outbox = outboxRows("BUDAPEST");
        problem(put("BUDAPEST", csv), 400, "validation")
                .body("errors", hasSize(2))
                .body("errors[0].line", equalTo(9))
                .body("errors[0].column", equalTo("instrument_date"))
                .body("errors[1].line", equalTo(11))
                .body("errors[1].column", equalTo("iso2"))
                .body("errors[1].reason", containsString("XZ is not a known member state"));
        assertNothingWritten(outbox);
    }

    @Test
    void aTypeThatCannotBeMappedIsRefused() {
        refused(BUDAPEST.replace("Finland,FI,state,2000-06-02,ratification", "Finland,FI,state,2000-06-02,ratified"),
                14, "instrument_type", "'ratified' is not one of");
    }

    @Test
    void anInstrumentBeforeTheTreatysAdoptionIsRefused() {
        refused(BUDAPEST.replace("Republic of Moldova,MD,state,2000-06-02,ratification,2002-03-13", "Republic of Moldova,MD,state,1976-06-02,ratification,2002-03-13"),
                2, "signature_date", "1976-06-02 is before the treaty's adoption on 1977-04-28");
    }

    @Test
    void aPartyListedTwiceIsRefused() {
        refused(BUDAPEST + "BUDAPEST,Kyrgyzstan,KG,state,,accession,2002-05-02,2005-04-28,,,,\n", 30, "iso2",
                "party KG already listed on line 3");
    }

    @Test
    void aWrongHeaderIsRefused() {
        refused(BUDAPEST.replaceFirst(",iso2,", ",iso_code,"), 1, "iso2", "column 3 must be 'iso2', found 'iso_code'");
    }

    @Test
    void aTableOfAnotherTreatyIsRefusedOnEveryRow() {
        long outbox = outboxRows("BUDAPEST");
        Response response = put("BUDAPEST", PLT);
        problem(response, 400, "validation")
                .body("errors", hasSize(28))
                .body("errors[0].line", equalTo(2))
                .body("errors[0].column", equalTo("treaty_code"))
                .body("errors[0].reason", equalTo("the table is of BUDAPEST, the row names PLT"));
        assertNothingWritten(outbox);
    }

    @Test
    void anUnknownTreatyIsNotFound() {
        problem(put("NO_SUCH_TREATY", PLT), 404, "not-found");
    }

    /** The file is refused with exactly this one problem, and nothing is in the database or on the topic. */
    private void refused(String csv, int line, String column, String reason) {
        long outbox = outboxRows("BUDAPEST");
        try (TopicReader actions = fromEnd(Topics.TREATY_ACTIONS)) {
            problem(put("BUDAPEST", csv), 400, "validation")
                    .body("detail", containsString("nothing was written"))
                    .body("errors", hasSize(1))
                    .body("errors[0].line", equalTo(line))
                    .body("errors[0].column", equalTo(column))
                    .body("errors[0].field", equalTo(column))
                    .body("errors[0].reason", containsString(reason));
            assertNothingWritten(outbox);
            assertNothingPublishedFor("BUDAPEST", actions);
        }
    }

    /** No instrument, and no event in the outbox since {@code outboxBefore} (the seed registered the treaty). */
    private void assertNothingWritten(long outboxBefore) {
        assertThat(Fixtures.instrumentCount("BUDAPEST")).isZero();
        assertThat(outboxRows("BUDAPEST")).isEqualTo(outboxBefore);
    }

    /** A later write (a signature on a test treaty) reaches the topic; nothing for {@code key} came before it. */
    private void assertNothingPublishedFor(String key, TopicReader reader) {
        MemberStateEvents.ensureKnown(dataSource, List.of("CH"));
        long marker = Fixtures.deposit(MARKER_TREATY, "CH", "SIGNATURE", "2020-01-01").getLong("id");
        reader.await(r -> MARKER_TREATY.equals(r.key()) && r.value().contains("\"id\":" + marker + ","), 1, DEADLINE);
        assertThat(reader.readToEnd(DEADLINE).stream().filter(r -> key.equals(r.key()))).isEmpty();
    }

    private static Response put(String treaty, String csv) {
        return given().contentType("text/csv").body(csv).put("/treaties/" + treaty + "/party-table");
    }

    private static TopicReader fromEnd(String topic) {
        return TopicReader.fromEnd(KafkaBroker.shared().bootstrapServers(), topic);
    }

    private long outboxRows(String key) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT count(*) FROM outbox_message WHERE message_key = ?")) {
            statement.setString(1, key);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
