package io.ipaccord.treaty.consistency;

import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.treaty.OrganisationEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The consistency report over the seed (the depositary's 27 tables), as of their date: what a user reads from
 * {@code GET /consistency} and {@code GET /treaties/{code}/consistency}.
 */
@QuarkusTest
class ConsistencyReportTest {

    static final String TABLES_DATE = "2026-02-03";
    static final List<String> TABLES = Arrays.asList("BEIJING", "BERNE", "BRUSSELS", "GRATK", "HAGUE", "HAGUE_GENEVA_1999",
            "LISBON", "LISBON_GENEVA_2015", "LOCARNO", "MADRID_MARKS", "MADRID_PROTOCOL", "MADRID_SOURCE", "MARRAKESH",
            "NAIROBI", "NICE", "PARIS", "PCT", "PHONOGRAMS", "RDLT", "ROME", "SINGAPORE", "STRASBOURG_IPC", "TLT",
            "WASHINGTON_IPIC", "WCT", "WIPO_CONV", "WPPT");

    @Inject DataSource dataSource;

    @BeforeEach
    void organisationsKnown() {
        OrganisationEvents.ensureKnown(dataSource);
    }

    @Test
    void theSeedsFigures() {
        JsonPath report = given().get("/consistency?asOf=" + TABLES_DATE).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> treaties = report.getList("treaties");
        StringBuilder figures = new StringBuilder("consistency as of " + TABLES_DATE + "\n");
        int compared = 0;
        int agreeing = 0;
        for (Map<String, Object> t : treaties) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) t.get("summary");
            figures.append(t.get("treaty")).append(' ').append(t.get("clock")).append(' ').append(s).append('\n');
            if (TABLES.contains(t.get("treaty")) && "DEPOSIT".equals(t.get("clock"))) {
                compared += (Integer) s.get("compared");
                agreeing += (Integer) s.get("agreeing");
            }
        }
        figures.append("overall ").append(report.getMap("summary")).append('\n');
        figures.append("deposit clock: ").append(agreeing).append('/').append(compared).append('\n');
        List<Map<String, Object>> reasons = report.getList("reasons");
        for (Map<String, Object> r : reasons) {
            figures.append(r.get("reason")).append(' ').append(r.get("count")).append('\n');
            if ("UNEXPLAINED".equals(r.get("reason"))) {
                figures.append("  ").append(r.get("parties")).append('\n');
            }
        }
        System.out.println(figures);
        assertThat((double) agreeing / compared).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void aTreatysOwnReport() {
        JsonPath beijing = given().get("/treaties/BEIJING/consistency?asOf=" + TABLES_DATE).then().statusCode(200).extract().jsonPath();
        assertThat(beijing.getString("treaty")).isEqualTo("BEIJING");
        assertThat(beijing.getInt("summary.parties")).isEqualTo(48);
        assertThat(beijing.getList("treaties")).isEmpty();
        problem(given().get("/treaties/NO_SUCH/consistency"), 404, "not-found");
        problem(given().get("/consistency?asOf=2026-13-01"), 400, "validation");
    }
}
