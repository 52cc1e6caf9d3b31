package io.ipaccord.treaty.consistency;

import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.treaty.OrganisationEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The consistency report over the seed (the depositary's 27 tables with treaty_actions.csv's enrichments), as of the
 * tables' date, as a user reads it from {@code GET /consistency} and {@code GET /treaties/{code}/consistency}. The
 * figures are pinned: parties with an instrument / compared (both dates) / agreeing, then parties per reason.
 */
@QuarkusTest
class ConsistencyReportTest {

    static final String TABLES_DATE = "2026-02-03";

    /** Measured over the seed; README's table quotes them. */
    static final Map<String, String> PINNED = pinned(
            "BEIJING", "48/48/48",
            "BERNE", "182/182/117 NOTIFICATION_NOT_RECORDED 34, NAMED_LATER_DATE 3, OTHER_ACT 28",
            "BRUSSELS", "40/40/39 UNEXPLAINED 1",
            "GRATK", "2/0/0",
            "HAGUE", "82/82/45 OTHER_ACT 32, MONTH_END 1, UNEXPLAINED 4",
            "HAGUE_GENEVA_1999", "12/8/7 INSTRUMENT_NOT_RECORDED 4, UNEXPLAINED 1",
            "LISBON", "30/30/22 NOTIFICATION_NOT_RECORDED 6, NAMED_LATER_DATE 1, OTHER_ACT 1",
            "LISBON_GENEVA_2015", "6/6/5 FOLLOWS_ORGANISATION 1",
            "LOCARNO", "63/63/53 NOTIFICATION_NOT_RECORDED 10",
            "MADRID_MARKS", "55/55/35 NOTIFICATION_NOT_RECORDED 8, OTHER_ACT 10, UNEXPLAINED 2",
            "MADRID_PROTOCOL", "116/116/111 NOTIFICATION_NOT_RECORDED 3, FOLLOWS_ORGANISATION 2",
            "MADRID_SOURCE", "36/35/18 NOTIFICATION_NOT_RECORDED 3, INSTRUMENT_NOT_RECORDED 1, OTHER_ACT 12, UNEXPLAINED 2",
            "MARRAKESH", "101/101/101",
            "NAIROBI", "56/56/56",
            "NICE", "96/96/69 NOTIFICATION_NOT_RECORDED 14, NAMED_LATER_DATE 2, OTHER_ACT 11",
            "PARIS", "181/180/97 NOTIFICATION_NOT_RECORDED 30, NAMED_LATER_DATE 6, INSTRUMENT_NOT_RECORDED 1, OTHER_ACT 46, UNEXPLAINED 1",
            "PCT", "158/158/157 UNEXPLAINED 1",
            "PHONOGRAMS", "81/81/30 NOTIFICATION_NOT_RECORDED 51",
            "RDLT", "0/0/0",
            "ROME", "99/99/99",
            "SINGAPORE", "56/56/51 FOLLOWS_ORGANISATION 5",
            "STRASBOURG_IPC", "68/68/55 NOTIFICATION_NOT_RECORDED 13",
            "TLT", "57/55/53 FOLLOWS_ORGANISATION 2, NOT_RECORDED 2",
            "WASHINGTON_IPIC", "3/0/0",
            "WCT", "118/118/117 MONTH_END 1",
            "WIPO_CONV", "194/193/191 INSTRUMENT_NOT_RECORDED 1, MONTH_END 1, UNEXPLAINED 1",
            "WPPT", "114/114/113 MONTH_END 1");

    @Inject DataSource dataSource;

    @BeforeEach
    void organisationsKnown() {
        OrganisationEvents.ensureKnown(dataSource);
    }

    @Test
    void theSeedsFiguresArePinnedAndAgreeWhereTheClockRunsFromDeposit() {
        JsonPath report = given().get("/consistency?asOf=" + TABLES_DATE).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> treaties = report.getList("treaties");
        Map<String, String> measured = new LinkedHashMap<>();
        int compared = 0;
        int agreeing = 0;
        int parties = 0;
        for (Map<String, Object> t : treaties) {
            if (!PINNED.containsKey(t.get("treaty"))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) t.get("summary");
            measured.put((String) t.get("treaty"), figures(s));
            parties += (Integer) s.get("parties");
            if ("DEPOSIT".equals(t.get("clock"))) {
                compared += (Integer) s.get("compared");
                agreeing += (Integer) s.get("agreeing");
            }
        }
        System.out.println("consistency as of " + TABLES_DATE + ": " + measured + "; deposit clock " + agreeing + "/" + compared);
        assertThat(measured).isEqualTo(PINNED);
        assertThat(parties).as("every instrument-holding party of the 27 tables").isEqualTo(2054);
        assertThat(compared).isEqualTo(1052);
        assertThat((double) agreeing / compared).isGreaterThanOrEqualTo(0.97);

        assertThat(report.getString("treaties.find { it.treaty == 'HAGUE' }.clock")).isEqualTo("ACTS");
        assertThat(report.getString("treaties.find { it.treaty == 'BERNE' }.clock")).isEqualTo("NOTIFICATION");
        assertThat(report.getList("reasons.reason").get(0)).isEqualTo("NOTIFICATION_NOT_RECORDED");
        List<String> unexplained = report.getList("reasons.find { it.reason == 'UNEXPLAINED' }.parties.party");
        assertThat(unexplained).as("few, each checked against its row").hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void aTreatysOwnReportListsThePartiesBehindEachReason() {
        JsonPath singapore = given().get("/treaties/SINGAPORE/consistency?asOf=" + TABLES_DATE).then().statusCode(200).extract().jsonPath();
        assertThat(singapore.getString("treaty")).isEqualTo("SINGAPORE");
        assertThat(singapore.getString("asOf")).isEqualTo(TABLES_DATE);
        assertThat(figures(singapore.getMap("summary"))).isEqualTo(PINNED.get("SINGAPORE"));
        assertThat(singapore.getString("reasons[0].reason")).isEqualTo("FOLLOWS_ORGANISATION");
        assertThat(singapore.getList("reasons[0].parties")).hasSize(5);
        assertThat(singapore.getList("treaties")).isEmpty();

        JsonPath beijing = given().get("/treaties/BEIJING/consistency").then().statusCode(200).extract().jsonPath();
        assertThat(beijing.getString("asOf")).as("today by default").isNotNull();
        assertThat(beijing.getDouble("summary.agreement")).isEqualTo(1.0);

        problem(given().get("/treaties/NO_SUCH/consistency"), 404, "not-found");
        problem(given().get("/consistency?asOf=2026-13-01"), 400, "validation");
    }

    @SuppressWarnings("unchecked")
    private static String figures(Map<String, Object> summary) {
        Map<String, Object> byReason = (Map<String, Object>) summary.get("byReason");
        String reasons = byReason.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return summary.get("parties") + "/" + summary.get("compared") + "/" + summary.get("agreeing") + (reasons.isEmpty() ? "" : " " + reasons);
    }

    private static Map<String, String> pinned(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
