package io.ipaccord.event.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.ipaccord.platform.seed.CsvTable;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** WIPO's 99 real meetings (seed/meetings/, the reference data's files unchanged), as a reader of the API sees them. */
@QuarkusTest
class MeetingSeedTest {

    static final String MEETINGS = "seed/meetings/meetings.csv";
    static final String PARTICIPANTS = "seed/meetings/meeting_participants.csv";

    @Inject DataSource dataSource;

    @Test
    void everyMeetingIsOneEventAndTheFourCuratedOnesAreNotDuplicated() {
        List<Map<String, String>> rows = CsvTable.fromClasspath(MEETINGS).rows();
        JsonPath meetings = given().queryParam("meeting", "true").queryParam("first", 500).get("/events")
                .then().statusCode(200).extract().jsonPath();
        assertThat(rows).hasSize(99);
        // other tests of this module import made-up meetings (MTG-TST...) into the same database
        assertThat(meetings.getList("items.meeting.meetingId", String.class).stream().filter(id -> !id.startsWith("MTG-TST")))
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(r -> r.get("id")).toList());
        JsonPath others = given().queryParam("meeting", "false").get("/events").then().statusCode(200).extract().jsonPath();
        assertThat(others.getInt("totalCount")).as("15 curated events, 4 of them meetings").isGreaterThanOrEqualTo(11);
        assertThat(others.getList("items.id", String.class))
                .doesNotContain("EV-2012-AVP-DC", "EV-2024-A65", "EV-2024-GRATK-DC", "EV-2024-DLT-DC");

        JsonPath beijing = given().get("/meetings/MTG-DIPCONF-AVP-2012").then().statusCode(200).extract().jsonPath();
        assertThat(beijing.getString("id")).isEqualTo("EV-2012-AVP-DC");
        assertThat(beijing.getString("meeting.listStatus")).isEqualTo("NO_LIST");
        assertThat(beijing.getList("relatedTreaties")).containsExactly("BEIJING");
        assertThat(beijing.getList("attendance.value", Integer.class)).as("the curated figures stay").contains(156, 154);
        assertThat(given().get("/events/EV-MTG-DIPCONF-AVP-2012").statusCode()).isEqualTo(404);
        for (String[] same : new String[][] {{"MTG-A-65", "EV-2024-A65"}, {"MTG-DIPCONF-GRATK-2024", "EV-2024-GRATK-DC"},
                {"MTG-DIPCONF-DLT-2024", "EV-2024-DLT-DC"}}) {
            given().get("/meetings/" + same[0]).then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(same[1]));
        }
    }

    @Test
    void eachDiplomaticConferenceIsLinkedToTheTreatiesAdoptedAtItsPlaceDuringItsDates() {
        Map<String, Map<String, String>> treaties = CsvTable.fromClasspath("seed/treaties.csv").rows().stream()
                .collect(Collectors.toMap(r -> r.get("code"), r -> r));
        JsonPath conferences = given().queryParam("body", "DIPCONF").get("/events").then().statusCode(200).extract().jsonPath();
        assertThat(conferences.getList("items")).hasSize(6);
        Set<String> linked = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            String prefix = "items[" + i + "].";
            List<String> codes = conferences.getList(prefix + "relatedTreaties", String.class);
            assertThat(codes).as(conferences.getString(prefix + "meeting.meetingId")).isNotEmpty();
            LocalDate start = LocalDate.parse(conferences.getString(prefix + "startDate"));
            LocalDate end = LocalDate.parse(conferences.getString(prefix + "endDate"));
            for (String code : codes) {
                Map<String, String> treaty = treaties.get(code);
                LocalDate adopted = LocalDate.parse(treaty.get("adopted_date"));
                assertThat(adopted).as(code).isBetween(start, end);
                assertThat(treaty.get("adopted_place")).as(code).isEqualTo(conferences.getString(prefix + "city"));
                linked.add(code);
            }
        }
        assertThat(linked).containsExactlyInAnyOrder("WCT", "WPPT", "BEIJING", "MARRAKESH", "LISBON_GENEVA_2015", "GRATK", "RDLT");
    }

    @Test
    void theSccrSeriesListsItsSessionsInOrderAndSession19IsInConflictWithItsPrintedCount() {
        JsonPath sccr = given().queryParam("body", "SCCR").get("/events").then().statusCode(200).extract().jsonPath();
        List<String> starts = sccr.getList("items.startDate", String.class);
        long rows = CsvTable.fromClasspath(MEETINGS).rows().stream().filter(r -> r.get("body_code").equals("SCCR")).count();
        assertThat(starts).hasSize((int) rows).isSorted();
        assertThat(sccr.getList("items.series.code", String.class)).containsOnly("SCCR");
        assertThat(sccr.getList("items.type", String.class)).containsOnly("COMMITTEE_SESSION");
        assertThat(sccr.getList("items.meeting.meetingId", String.class)).startsWith("MTG-SCCR-10", "MTG-SCCR-19", "MTG-SCCR-21");

        JsonPath s19 = given().get("/meetings/MTG-SCCR-19").then().statusCode(200).extract().jsonPath();
        assertThat(s19.getInt("meeting.memberStatesListed")).isEqualTo(83);
        assertThat(s19.getInt("meeting.memberStatesReported")).isEqualTo(82);
        assertThat(s19.getString("meeting.listStatus")).isEqualTo("CONFLICT");
        assertThat(s19.getString("meeting.documentCode")).isEqualTo("SCCR/19/15");
    }

    @Test
    void listStatusesFollowTheNamesReadAgainstThePrintedCounts() {
        JsonPath all = given().queryParam("meeting", "true").queryParam("first", 500).get("/events").then().extract().jsonPath();
        Set<String> seeded = CsvTable.fromClasspath(MEETINGS).rows().stream().map(r -> r.get("id")).collect(Collectors.toSet());
        List<String> ids = all.getList("items.meeting.meetingId", String.class);
        List<String> statuses = all.getList("items.meeting.listStatus", String.class);
        Map<String, Long> byStatus = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (seeded.contains(ids.get(i))) {
                byStatus.merge(statuses.get(i), 1L, Long::sum);
            }
        }
        // the reference data's README: 35 complete, 12 cut, 1 mismatch, 51 without a list
        assertThat(byStatus).containsEntry("COMPLETE", 35L).containsEntry("CUT", 12L).containsEntry("CONFLICT", 1L)
                .containsEntry("NO_LIST", 51L);
        JsonPath madrid = given().get("/meetings/MTG-MMLDWG-9").then().extract().jsonPath();
        assertThat(madrid.getInt("meeting.memberStatesListed") + madrid.getInt("meeting.memberOrganisationsListed"))
                .isEqualTo(madrid.getInt("meeting.memberStatesReported"));
        assertThat(madrid.getString("meeting.listStatus")).isEqualTo("COMPLETE");
    }

    @Test
    void participantsArePartiesWhereTheyArePartiesAndNamedEntitiesOtherwise() {
        JsonPath scp21 = given().get("/meetings/MTG-SCP-21").then().statusCode(200).extract().jsonPath();
        Map<String, Object> palestine = scp21.getMap("participants.find { it.name == 'Palestine' }");
        assertThat(palestine).containsEntry("kind", "STATE").containsEntry("capacity", "observer").containsEntry("partyCode", null);
        assertThat(scp21.getMap("participants.find { it.name == 'China' }")).containsEntry("partyCode", "CN")
                .containsEntry("capacity", "member").containsEntry("role", "DELEGATE");

        JsonPath sccr10 = given().get("/meetings/MTG-SCCR-10").then().statusCode(200).extract().jsonPath();
        assertThat(sccr10.getMap("participants.find { it.name == 'Serbia and Montenegro' }")).containsEntry("partyCode", null)
                .containsEntry("kind", "STATE");

        JsonPath sccr21 = given().get("/meetings/MTG-SCCR-21").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> eu = sccr21.getList("participants.findAll { it.partyCode == 'EU' }");
        assertThat(eu).hasSize(1);
        assertThat(eu.get(0)).containsEntry("kind", "ORGANISATION").containsEntry("organisationType", "IGO")
                .containsEntry("capacity", "member capacity");
        JsonPath cws5 = given().get("/meetings/MTG-CWS-5").then().statusCode(200).extract().jsonPath();
        assertThat(cws5.getList("participants.findAll { it.organisationType == 'NGO' }.partyCode")).isNotEmpty().containsOnlyNulls();
    }

    @Test
    void chinasParticipationRecordCountsTheCompleteListsThatNameChina() {
        Map<String, String> status = new HashMap<>();
        JsonPath all = given().queryParam("meeting", "true").queryParam("first", 500).get("/events").then().extract().jsonPath();
        List<String> ids = all.getList("items.meeting.meetingId", String.class);
        List<String> statuses = all.getList("items.meeting.listStatus", String.class);
        for (int i = 0; i < ids.size(); i++) {
            status.put(ids.get(i), statuses.get(i));
        }
        List<Map<String, String>> rows = CsvTable.fromClasspath(PARTICIPANTS).rows();
        Set<String> attended = rows.stream().filter(r -> "CN".equals(r.get("iso2"))).map(r -> r.get("meeting_id"))
                .collect(Collectors.toSet());
        long complete = status.values().stream().filter("COMPLETE"::equals).count();
        long completeAttended = attended.stream().filter(id -> "COMPLETE".equals(status.get(id))).count();

        JsonPath china = given().get("/participation/CN").then().statusCode(200).extract().jsonPath();
        assertThat(china.getInt("sessionsAttended")).isEqualTo(attended.size());
        assertThat(china.getInt("completeSessions")).isEqualTo(complete);
        assertThat(china.getInt("completeSessionsAttended")).isEqualTo(completeAttended);
        assertThat(china.getDouble("attendanceRate")).isCloseTo((double) completeAttended / complete,
                org.assertj.core.data.Offset.offset(0.0001));
        Map<String, String> starts = CsvTable.fromClasspath(MEETINGS).rows().stream()
                .collect(Collectors.toMap(r -> r.get("id"), r -> r.get("start_date")));
        String first = attended.stream().min((a, b) -> starts.get(a).compareTo(starts.get(b))).orElseThrow();
        String last = attended.stream().max((a, b) -> starts.get(a).compareTo(starts.get(b))).orElseThrow();
        assertThat(china.getString("firstAttended.meetingId")).isEqualTo(first);
        assertThat(china.getString("lastAttended.meetingId")).isEqualTo(last);
        Map<String, Object> sccr = china.getMap("bodies.find { it.body == 'SCCR' }");
        assertThat(sccr).isNotNull();
        assertThat(china.getList("bodies.find { it.body == 'SCCR' }.years.year", Integer.class)).isSorted();
        assertThat(china.getList("bodies.sessionsAttended", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(attended.size());
    }

    @Test
    void theParticipationRecordReadsThePartysRowsThroughItsIndex() throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN " + MeetingQueries.PARTICIPATION_SQL.replace("?1", "?"))) {
            explain.setString(1, "CN");
            try (ResultSet lines = explain.executeQuery()) {
                while (lines.next()) {
                    plan.append(lines.getString(1)).append('\n');
                }
            }
        }
        assertThat(plan.toString()).as(plan.toString()).contains("event_participant_party_idx")
                .doesNotContain("Seq Scan on event_participant");
    }

    @Test
    void whoAttendedOneSessionAndNotAnother() {
        List<Map<String, Object>> rows = given().get("/meetings/MTG-SCCR-19/attended-not-at/MTG-SCCR-21").then().statusCode(200)
                .extract().jsonPath().getList("");
        Set<String> at19 = partyKeys("MTG-SCCR-19");
        Set<String> at21 = partyKeys("MTG-SCCR-21");
        Set<String> expected = new HashSet<>(at19);
        expected.removeAll(at21);
        assertThat(rows).extracting(r -> r.get("partyCode") != null ? (String) r.get("partyCode") : (String) r.get("name"))
                .containsExactlyInAnyOrderElementsOf(expected);
        given().get("/meetings/MTG-SCCR-19/attended-not-at/MTG-NOPE-1").then().statusCode(404);
        given().get("/meetings/sccr-19/attended-not-at/MTG-SCCR-21").then().statusCode(400);
    }

    @Test
    void aBodysSessionsAsICalendar() {
        String ics = given().queryParam("body", "SCCR").get("/events.ics").then().statusCode(200).extract().asString();
        long rows = CsvTable.fromClasspath(MEETINGS).rows().stream().filter(r -> r.get("body_code").equals("SCCR")).count();
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize((int) rows + 1);
        assertThat(ics).contains("UID:EV-MTG-SCCR-19@ipaccord.io", "CATEGORIES:COMMITTEE_SESSION", "DTSTART;VALUE=DATE:20091214");
    }

    @Test
    void searchAndDateRangesFindMeetings() {
        JsonPath hits = given().queryParam("text", "\"SCCR/19/15\"").get("/events/search").then().statusCode(200).extract().jsonPath();
        assertThat(hits.getList("event.meeting.meetingId", String.class)).contains("MTG-SCCR-19");
        JsonPath range = given().queryParam("meeting", "true").queryParam("from", "2009-12-01").queryParam("to", "2009-12-31")
                .get("/events").then().statusCode(200).extract().jsonPath();
        assertThat(range.getList("items.meeting.meetingId", String.class)).contains("MTG-SCCR-19")
                .allSatisfy(id -> assertThat(id).startsWith("MTG-"));
    }

    private static Set<String> partyKeys(String meetingId) {
        Map<String, String> rowsKey = new HashMap<>();
        CsvTable.fromClasspath(PARTICIPANTS).rows().stream().filter(r -> r.get("meeting_id").equals(meetingId))
                .forEach(r -> rowsKey.put(r.get("participant_name_source"), r.get("iso2")));
        JsonPath meeting = given().get("/meetings/" + meetingId).then().extract().jsonPath();
        List<Map<String, Object>> participants = meeting.getList("participants");
        assertThat(participants).hasSize(rowsKey.size());
        return participants.stream().map(p -> p.get("partyCode") != null ? (String) p.get("partyCode") : (String) p.get("name"))
                .collect(Collectors.toSet());
    }
}
