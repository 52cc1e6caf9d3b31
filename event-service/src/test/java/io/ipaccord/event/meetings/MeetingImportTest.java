package io.ipaccord.event.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.event.ReferenceTopics;
import io.ipaccord.event.events.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * PUT /meetings with made-up file pairs in the reference data's format (test states XA, XB; test treaties XT_ONE and
 * XT_TWO, adopted in Geneva on 2020-01-01 as ReferenceTopics publishes them).
 */
@QuarkusTest
class MeetingImportTest {

    static final String MEETINGS_HEADER = String.join(",", MeetingTable.MEETING_COLUMNS);
    static final String PARTICIPANTS_HEADER = String.join(",", MeetingTable.PARTICIPANT_COLUMNS);

    @Inject ObjectMapper objectMapper;
    @Inject DataSource dataSource;

    @BeforeEach
    void references() {
        TestEvents.knownReferences(objectMapper, dataSource);
    }

    static String meetings(String... rows) {
        return MEETINGS_HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    static String participants(String... rows) {
        return PARTICIPANTS_HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    static Response put(String meetings, String participants) {
        return given().multiPart("meetings", "meetings.csv", meetings.getBytes(), "text/csv")
                .multiPart("participants", "meeting_participants.csv", participants.getBytes(), "text/csv")
                .put("/meetings");
    }

    long outbox(String meetingId) {
        return TestEvents.outboxRows(dataSource, MeetingImport.eventId(meetingId));
    }

    @Test
    void aMadeUpPairLandsEveryMeetingAndParticipantAndTheSamePairTwicePublishesNothing() {
        String m = meetings(
                "MTG-TSTC-1,TST/C,1,committee_session,\"Test Committee on Imports, First Session\",2031-03-02,2031-03-04,Geneva,XA,hybrid,TST/C/1/9,2,1,,https://example.org/tstc1,\"report dated 2031-04-01\"",
                "MTG-TSTC-2,TST/C,2,committee_session,\"Test Committee on Imports, Second Session\",2032-03-01,2032-03-03,Geneva,XA,,TST/C/2/9,2,,,https://example.org/tstc2,state list noted",
                "MTG-TSTDC-2020,TST/DC,,diplomatic_conference,Test Diplomatic Conference,2019-12-30,2020-01-02,Geneva,XB,,,,,,https://example.org/tstdc,");
        String p = participants(
                "MTG-TSTC-1,Test Republic A,XA,state,member,https://example.org/tstc1",
                "MTG-TSTC-1,Test Republic B,XB,state,member,https://example.org/tstc1",
                "MTG-TSTC-1,Free Territory of Testland,,state,observer,https://example.org/tstc1",
                "MTG-TSTC-1,Test Union of Organisations (TUO),,igo,member capacity,https://example.org/tstc1",
                "MTG-TSTC-1,Association of Testers,,ngo,observer,https://example.org/tstc1",
                "MTG-TSTC-2,Test Republic A,XA,state,member,https://example.org/tstc2");

        JsonPath first = put(m, p).then().statusCode(200).extract().jsonPath();
        assertThat(first.getInt("meetings")).isEqualTo(3);
        assertThat(first.getInt("participants")).isEqualTo(6);
        assertThat(first.getInt("added") + first.getInt("updated")).isEqualTo(3);

        JsonPath c1 = given().get("/meetings/MTG-TSTC-1").then().statusCode(200).extract().jsonPath();
        assertThat(c1.getString("id")).isEqualTo("EV-MTG-TSTC-1");
        assertThat(c1.getString("type")).isEqualTo("COMMITTEE_SESSION");
        assertThat(c1.getString("title")).isEqualTo("Test Committee on Imports, First Session");
        assertThat(c1.getString("series.code")).isEqualTo("TST_C");
        assertThat(c1.getString("series.name")).isEqualTo("Test Committee on Imports (TST/C)");
        assertThat(c1.getString("meeting.format")).isEqualTo("hybrid");
        assertThat(c1.getString("meeting.listStatus")).isEqualTo("COMPLETE");
        assertThat(c1.getInt("meeting.observerStatesListed")).isEqualTo(1);
        assertThat(c1.getList("participants")).hasSize(5);
        assertThat(c1.getList("participants.partyCode")).containsExactly("XA", "XB", null, null, null);
        assertThat(c1.getList("participants.capacity")).containsExactly("member", "member", "observer", "member capacity", "observer");
        assertThat(given().get("/meetings/MTG-TSTC-2").then().extract().jsonPath().getString("meeting.listStatus"))
                .isEqualTo("CONFLICT");
        JsonPath conference = given().get("/meetings/MTG-TSTDC-2020").then().extract().jsonPath();
        assertThat(conference.getList("relatedTreaties")).contains("XT_ONE", "XT_TWO");
        assertThat(conference.getString("meeting.listStatus")).isEqualTo("NO_LIST");

        long published = outbox("MTG-TSTC-1") + outbox("MTG-TSTC-2") + outbox("MTG-TSTDC-2020");
        JsonPath second = put(m, p).then().statusCode(200).extract().jsonPath();
        assertThat(second.getInt("unchanged")).isEqualTo(3);
        assertThat(second.getInt("added") + second.getInt("updated")).isZero();
        assertThat(outbox("MTG-TSTC-1") + outbox("MTG-TSTC-2") + outbox("MTG-TSTDC-2020")).isEqualTo(published);

        // A changed row updates that meeting only: one more version, published once.
        String changed = m.replace("TST/C/2/9,2,,", "TST/C/2/9,1,,");
        JsonPath third = put(changed, p).then().statusCode(200).extract().jsonPath();
        assertThat(third.getInt("updated")).isEqualTo(1);
        assertThat(third.getInt("unchanged")).isEqualTo(2);
        assertThat(given().get("/meetings/MTG-TSTC-2").then().extract().jsonPath().getString("meeting.listStatus"))
                .isEqualTo("COMPLETE");
        assertThat(outbox("MTG-TSTC-1") + outbox("MTG-TSTC-2") + outbox("MTG-TSTDC-2020")).isEqualTo(published + 1);

        JsonPath record = given().get("/participation/XA").then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = record.getMap("bodies.find { it.body == 'TST/C' }");
        assertThat(body).containsEntry("sessionsAttended", 2).containsEntry("completeSessions", 2)
                .containsEntry("completeSessionsAttended", 2).containsEntry("attendanceRate", 1.0f);
        assertThat(record.getList("bodies.find { it.body == 'TST/C' }.years.year", Integer.class)).containsExactly(2031, 2032);
        assertThat(given().get("/meetings/MTG-TSTC-1/attended-not-at/MTG-TSTC-2").then().statusCode(200).extract().jsonPath()
                .getList("name", String.class)).containsExactly("Test Republic B", "Free Territory of Testland",
                        "Test Union of Organisations (TUO)", "Association of Testers");
    }

    @Test
    void thePartsMayBeFormFieldsOfAnySizeRatherThanFiles() {
        StringBuilder rows = new StringBuilder(PARTICIPANTS_HEADER).append('\n');
        for (int i = 1; i <= 120; i++) {
            rows.append("MTG-TSTF-1,Test Delegation Number ").append(i).append(",,state,member,https://example.org/tstf\n");
        }
        String m = meetings("MTG-TSTF-1,TST/F,1,working_group,\"Test Fields Group, First Session\",2031-07-01,2031-07-02,"
                + "Geneva,XA,,,120,,,https://example.org/tstf,");
        assertThat(rows.length()).isGreaterThan(4096);
        given().multiPart("meetings", m).multiPart("participants", rows.toString()).put("/meetings").then().statusCode(200);
        JsonPath meeting = given().get("/meetings/MTG-TSTF-1").then().statusCode(200).extract().jsonPath();
        assertThat(meeting.getList("participants")).hasSize(120);
        assertThat(meeting.getString("meeting.listStatus")).isEqualTo("COMPLETE");
        assertThat(meeting.getList("participants.partyCode")).containsOnlyNulls();
    }

    @Test
    void anUnknownMeetingInTheParticipantsFileRefusesThePair() {
        refused(meetings(row("MTG-TSTR-1", "2031-05-01", "2031-05-02")),
                participants("MTG-TSTR-9,Test Republic A,XA,state,member,https://example.org/r"),
                List.of("MTG-TSTR-1"), "participants", 2, "meeting_id", "unknown meeting MTG-TSTR-9");
    }

    @Test
    void anEndBeforeTheStartRefusesThePair() {
        refused(meetings(row("MTG-TSTR-2", "2031-05-03", "2031-05-02")), participants(),
                List.of("MTG-TSTR-2"), "meetings", 2, "end_date", "is before start date");
    }

    @Test
    void anUnknownCapacityRefusesThePair() {
        refused(meetings(row("MTG-TSTR-3", "2031-05-01", "2031-05-02")),
                participants("MTG-TSTR-3,Test Republic A,XA,state,guest of honour,https://example.org/r"),
                List.of("MTG-TSTR-3"), "participants", 2, "capacity", "unknown capacity guest of honour");
    }

    @Test
    void aDuplicateRowRefusesThePair() {
        refused(meetings(row("MTG-TSTR-4", "2031-05-01", "2031-05-02"), row("MTG-TSTR-4", "2031-06-01", "2031-06-02")),
                participants(), List.of("MTG-TSTR-4"), "meetings", 3, "id", "duplicate row");
        refused(meetings(row("MTG-TSTR-5", "2031-05-01", "2031-05-02")),
                participants("MTG-TSTR-5,Test Republic A,XA,state,member,https://example.org/r",
                        "MTG-TSTR-5,Test Republic A,XA,state,member,https://example.org/r"),
                List.of("MTG-TSTR-5"), "participants", 3, "participant_name_source", "duplicate row");
    }

    @Test
    void anUnknownTypeOrStateRefusesThePair() {
        refused(meetings(row("MTG-TSTR-6", "2031-05-01", "2031-05-02").replace("committee_session", "summit")), participants(),
                List.of("MTG-TSTR-6"), "meetings", 2, "type", "unknown type summit");
        refused(meetings(row("MTG-TSTR-7", "2031-05-01", "2031-05-02")),
                participants("MTG-TSTR-7,Test Republic Q,QQ,state,member,https://example.org/r"),
                List.of("MTG-TSTR-7"), "participants", 2, "iso2", "unknown member state QQ");
    }

    @Test
    void everyBadRowIsListedInOneAnswerAndAGoodRowBesideThemIsNotWritten() {
        String m = meetings(row("MTG-TSTR-8", "2031-05-01", "2031-05-02"), row("MTG-TSTR-10", "2031-05-09", "2031-05-02"));
        String p = participants("MTG-TSTR-8,Test Republic A,XA,state,member,https://example.org/r",
                "MTG-TSTR-11,Test Republic A,XA,state,member,https://example.org/r",
                "MTG-TSTR-8,Test Club,,club,member,https://example.org/r");
        JsonPath problem = put(m, p).then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field")).containsExactly("meetings", "participants", "participants");
        assertThat(problem.getList("errors.line", Integer.class)).containsExactly(3, 3, 4);
        assertThat(problem.getList("errors.column")).containsExactly("end_date", "meeting_id", "kind");
        assertThat(given().get("/meetings/MTG-TSTR-8").statusCode()).isEqualTo(404);
        assertThat(outbox("MTG-TSTR-8")).isZero();
    }

    @Test
    void aBadHeaderOrAMissingPartIsRefused() {
        JsonPath problem = put("id,title\nMTG-TSTR-12,x\n", participants()).then().statusCode(400).extract().jsonPath();
        assertThat(problem.getString("errors[0].field")).isEqualTo("meetings");
        assertThat(problem.getInt("errors[0].line")).isEqualTo(1);
        assertThat(problem.getString("errors[0].reason")).startsWith("the header must be id,body_code");
        given().multiPart("meetings", "meetings.csv", meetings().getBytes(), "text/csv").put("/meetings").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("participants"));
    }

    private static String row(String id, String start, String end) {
        return id + ",TST/R,1,committee_session,Test Refusals," + start + "," + end + ",Geneva,XA,,,,,,https://example.org/r,";
    }

    private void refused(String meetings, String participants, List<String> notWritten, String file, int line, String column,
            String reason) {
        JsonPath problem = put(meetings, participants).then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath();
        List<Map<String, Object>> errors = problem.getList("errors");
        assertThat(errors).as(problem.prettify()).anySatisfy(error -> {
            assertThat(error).containsEntry("field", file).containsEntry("line", line).containsEntry("column", column);
            assertThat((String) error.get("reason")).contains(reason);
            assertThat((String) error.get("message")).startsWith(file + " line " + line + ", " + column + ": ");
        });
        for (String id : notWritten) {
            assertThat(given().get("/meetings/" + id).statusCode()).as(id).isEqualTo(404);
            assertThat(outbox(id)).as(id).isZero();
        }
        assertThat(ReferenceTopics.<Long>query(dataSource, "SELECT count(*) FROM event WHERE meeting_body = 'TST/R'")).isZero();
    }
}
