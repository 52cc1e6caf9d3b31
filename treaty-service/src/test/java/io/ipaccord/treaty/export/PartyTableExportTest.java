package io.ipaccord.treaty.export;

import static io.ipaccord.testing.rest.ProblemAssertions.invalid;
import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.ipaccord.treaty.Fixtures.deposit;
import static io.ipaccord.treaty.Fixtures.instrument;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.platform.seed.CsvTable;
import io.ipaccord.treaty.Fixtures;
import io.ipaccord.treaty.MemberStateEvents;
import io.ipaccord.treaty.OrganisationEvents;
import io.ipaccord.treaty.partytable.PartyTableColumns;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * The exports over real HTTP and PostgreSQL: a made-up treaty's instruments deposited through REST, read back as
 * the depositary's CSV table (header, rows by party name, RFC 4180 quoting), as JSON with the standings, and a
 * party's treaties as CSV beside the unchanged JSON form.
 */
@QuarkusTest
class PartyTableExportTest {

    private static final String TREATY = "TEST_EXPORT";
    private static final List<String> STATES = List.of("XA", "XB", "XC", "XD");
    private static final String CRLF = "\r\n";
    private static final String TRICKY_NOTE = "ratified, with a \"declaration\"";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void treatyWithInstruments() {
        MemberStateEvents.ensureKnown(dataSource, STATES);
        if (Fixtures.instrumentCount(TREATY) > 0) {
            return;
        }
        // in force 3 months after the second ratification or accession: 2019-08-02
        Fixtures.createTreaty(TREATY, 2, 3);
        Map<String, Object> signature = instrument(TREATY, "XB", "SIGNATURE", "2019-01-15");
        signature.put("notes", "signed ad referendum");
        post(signature);
        deposit(TREATY, "XA", "ACCESSION", "2019-03-01");
        Map<String, Object> ratification = instrument(TREATY, "XB", "RATIFICATION", "2019-05-02");
        ratification.put("notes", TRICKY_NOTE);
        ratification.put("sources", List.of("https://example.org/xb", "https://example.org/xb-2"));
        ratification.put("recordedEntryIntoForce", "2019-08-02");
        post(ratification);
        Map<String, Object> signatureOnly = instrument(TREATY, "XC", "SIGNATURE", "2019-02-01");
        signatureOnly.put("notes", "signatory only");
        signatureOnly.put("sources", List.of("https://example.org/xc"));
        post(signatureOnly);
        deposit(TREATY, "XD", "ACCESSION", "2021-01-10");
        deposit(TREATY, "XA", "DENUNCIATION", "2021-03-01");
    }

    @Test
    void theCsvIsTheDepositarysFormatByPartyNameAsOfTheDate() {
        Response response = given().queryParam("asOf", "2020-01-01").get("/treaties/" + TREATY + "/party-table")
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"TEST_EXPORT-parties-2020-01-01.csv\"")
                .extract().response();
        String csv = response.asString();

        assertThat(csv).startsWith(String.join(",", PartyTableColumns.ALL) + CRLF).endsWith(CRLF);
        assertThat(csv.split(CRLF, -1)).containsExactly(
                String.join(",", PartyTableColumns.ALL),
                "TEST_EXPORT," + name("XA") + ",XA,state,,accession,2019-03-01,,,,,",
                "TEST_EXPORT," + name("XB") + ",XB,state,2019-01-15,ratification,2019-05-02,2019-08-02,,,"
                        + "\"ratified, with a \"\"declaration\"\"\",https://example.org/xb",
                "TEST_EXPORT," + name("XC") + ",XC,state,2019-02-01,,,,,,signatory only,https://example.org/xc",
                "");
        assertThat(csv.replace(CRLF, "")).doesNotContain("\n").doesNotContain("\r");

        List<Map<String, String>> rows = CsvTable.parse(csv).rows();
        assertThat(rows).extracting(row -> row.get(PartyTableColumns.ISO2)).containsExactly("XA", "XB", "XC");
        assertThat(rows.get(1)).containsEntry(PartyTableColumns.NOTES, TRICKY_NOTE)
                .containsEntry(PartyTableColumns.ENTRY_INTO_FORCE_DATE, "2019-08-02");
    }

    @Test
    void aLaterDateAddsLaterInstrumentsAndTheDenunciation() {
        List<Map<String, String>> rows = CsvTable.parse(given().queryParam("asOf", "2021-06-01").accept("text/csv")
                .get("/treaties/" + TREATY + "/party-table").then().statusCode(200).extract().asString()).rows();
        assertThat(rows).extracting(row -> row.get(PartyTableColumns.ISO2)).containsExactly("XA", "XB", "XC", "XD");
        assertThat(rows.get(0)).containsEntry(PartyTableColumns.DENUNCIATION_DATE, "2021-03-01")
                .containsEntry(PartyTableColumns.INSTRUMENT_TYPE, "accession");
        assertThat(rows.get(3)).containsEntry(PartyTableColumns.INSTRUMENT_DATE, "2021-01-10")
                .containsEntry(PartyTableColumns.ENTRY_INTO_FORCE_DATE, "");

        assertThat(given().queryParam("asOf", "2019-01-31").get("/treaties/" + TREATY + "/party-table").then()
                .statusCode(200).extract().asString().split(CRLF)).hasSize(2);
    }

    @Test
    void theJsonHasEachPartysStandingAndDates() {
        JsonPath json = given().queryParam("asOf", "2020-01-01").accept(ContentType.JSON)
                .get("/treaties/" + TREATY + "/party-table").then().statusCode(200).contentType(ContentType.JSON)
                .header("Content-Disposition", "attachment; filename=\"TEST_EXPORT-parties-2020-01-01.json\"")
                .extract().jsonPath();
        assertThat(json.getList("party", String.class)).containsExactly("XA", "XB", "XC");
        Map<String, Object> xb = json.getMap("[1]");
        assertThat(xb).containsEntry("treaty", TREATY).containsEntry("name", name("XB")).containsEntry("kind", "state")
                .containsEntry("status", "BOUND").containsEntry("signed", "2019-01-15")
                .containsEntry("instrumentType", "RATIFICATION").containsEntry("instrumentDate", "2019-05-02")
                .containsEntry("entryIntoForce", "2019-08-02").containsEntry("recordedEntryIntoForce", "2019-08-02")
                .containsEntry("computedEntryIntoForce", "2019-08-02").containsEntry("notes", TRICKY_NOTE)
                .containsEntry("sources", List.of("https://example.org/xb", "https://example.org/xb-2"));
        assertThat(json.getMap("[0]")).containsEntry("status", "BOUND").containsEntry("entryIntoForce", "2019-08-02")
                .containsEntry("computedEntryIntoForce", "2019-08-02").containsEntry("recordedEntryIntoForce", null)
                .containsEntry("signed", null);
        assertThat(json.getMap("[2]")).containsEntry("status", "SIGNATORY").containsEntry("instrumentType", null)
                .containsEntry("sources", List.of("https://example.org/xc"));

        given().queryParam("asOf", "2020-01-01").queryParam("format", "json").accept("text/csv")
                .get("/treaties/" + TREATY + "/party-table").then().statusCode(200).contentType(ContentType.JSON)
                .body("party", equalTo(List.of("XA", "XB", "XC")));
        given().queryParam("asOf", "2020-01-01").queryParam("format", "CSV").accept(ContentType.JSON)
                .get("/treaties/" + TREATY + "/party-table").then().statusCode(200).contentType("text/csv");
    }

    @Test
    void aPartysTreatiesAsCsvBesideTheUnchangedJson() {
        String csv = given().queryParam("asOf", "2020-01-01").accept("text/csv").get("/states/XB/treaties")
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"XB-treaties-2020-01-01.csv\"")
                .extract().asString();
        assertThat(csv).startsWith(String.join(",", StateTreatiesExport.COLUMNS) + CRLF);
        Map<String, String> row = CsvTable.parse(csv).rows().stream()
                .filter(r -> r.get("treaty_code").equals(TREATY)).findFirst().orElseThrow();
        Map<String, String> expected = new HashMap<>();
        expected.put("treaty_code", TREATY);
        expected.put("act_code", "");
        expected.put("treaty_short_name", "Test treaty " + TREATY);
        expected.put("standing", "BOUND");
        expected.put("signature_date", "2019-01-15");
        expected.put("instrument_type", "ratification");
        expected.put("instrument_date", "2019-05-02");
        expected.put("bound_date", "2019-08-02");
        expected.put("recorded_entry_into_force_date", "2019-08-02");
        expected.put("computed_entry_into_force_date", "2019-08-02");
        assertThat(row).containsAllEntriesOf(expected);
        assertThat(given().queryParam("asOf", "2020-01-01").get("/states/XB/treaties.csv")
                .then().statusCode(200).contentType("text/csv").extract().asString())
                .as("the .csv link answers the same CSV without an Accept header").isEqualTo(csv);

        JsonPath json = given().queryParam("asOf", "2020-01-01").get("/states/XB/treaties")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertThat(json.getList("treaty", String.class)).contains(TREATY);
        given().queryParam("asOf", "2020-01-01").accept(ContentType.JSON).get("/states/XB/treaties")
                .then().statusCode(200).contentType(ContentType.JSON);
        assertThat(CsvTable.parse(csv).rows()).hasSameSizeAs(json.getList("treaty"));
    }

    @Test
    void anOrganisationIsAnIgoRowNamedAsTheTablesNameItWithoutIso2() {
        OrganisationEvents.ensureKnown(dataSource);
        String csv = given().queryParam("asOf", "2026-02-03").get("/treaties/WCT/party-table").then().statusCode(200)
                .extract().asString();
        Map<String, String> eu = CsvTable.parse(csv).rows().stream()
                .filter(row -> row.get(PartyTableColumns.PARTY_KIND).equals(PartyTableColumns.KIND_ORGANISATION))
                .findFirst().orElseThrow();
        assertThat(eu).containsEntry(PartyTableColumns.PARTY_NAME, "European Union (EU)")
                .containsEntry(PartyTableColumns.ISO2, "").containsEntry(PartyTableColumns.INSTRUMENT_TYPE, "ratification");

        Map<String, Object> json = given().queryParam("asOf", "2026-02-03").queryParam("format", "json")
                .get("/treaties/WCT/party-table").then().statusCode(200).extract().jsonPath().getMap("find { it.party == 'EU' }");
        assertThat(json).containsEntry("kind", "igo").containsEntry("name", "European Union (EU)")
                .containsEntry("status", "BOUND").containsEntry("recordedEntryIntoForce", eu.get(PartyTableColumns.ENTRY_INTO_FORCE_DATE));
    }

    @Test
    void badRequestsAreProblems() {
        problem(given().get("/treaties/TEST_NO_SUCH_TREATY/party-table"), 404, "not-found");
        invalid(given().queryParam("asOf", "2020-13-01").get("/treaties/" + TREATY + "/party-table"), "asOf");
        invalid(given().queryParam("format", "xml").get("/treaties/" + TREATY + "/party-table"), "format");
        problem(given().accept("text/csv").get("/states/QZ/treaties"), 404, "not-found");
        invalid(given().accept("text/csv").queryParam("asOf", "yesterday").get("/states/XB/treaties"), "asOf");
    }

    private static String name(String code) {
        return MemberStateEvents.name(code);
    }

    private static void post(Map<String, Object> body) {
        Fixtures.postInstrument(body).then().statusCode(201);
    }
}
