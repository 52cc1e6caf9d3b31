package io.ipaccord.gateway.meeting;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.BackendServicesTestResource;
import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * WIPO's real meetings through the gateway (GraphQL) and event-service's REST API, as the running services seed them
 * from the reference data; and a made-up meetings pair imported through the importMeetings mutation.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class MeetingQueriesTest {

    /** The reference data event-service seeds from, read here as a user would read the files. */
    static final Path DATA = Path.of("../event-service/src/main/resources/seed");

    /** The ids of the reference data's meetings (each row starts with its id). */
    static List<String> meetingIds() throws Exception {
        return Files.readAllLines(DATA.resolve("meetings/meetings.csv")).stream().filter(line -> line.startsWith("MTG-"))
                .map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    static String eventService() {
        return ConfigProvider.getConfig().getValue(BackendServicesTestResource.EVENT_SERVICE_URL, String.class);
    }

    @Test
    void theSccrSeriesListsItsSessionsInOrderWithDatesAndSession19IsFlagged() throws Exception {
        long sessions = meetingIds().stream().filter(id -> id.startsWith("MTG-SCCR-")).count();
        JsonPath sccr = execute("body-sessions", Map.of("body", "SCCR")).body("errors", nullValue()).extract().jsonPath();
        List<String> starts = sccr.getList("data.events.edges.node.startDate", String.class);
        assertThat(starts).hasSize((int) sessions).isSorted().doesNotContainNull();
        assertThat(sccr.getList("data.events.edges.node.endDate", String.class)).doesNotContainNull();

        JsonPath s19 = execute("meeting", Map.of("id", "MTG-SCCR-19")).body("errors", nullValue()).extract().jsonPath();
        assertThat(s19.getInt("data.meeting.meeting.memberStatesListed")).isEqualTo(83);
        assertThat(s19.getInt("data.meeting.meeting.memberStatesReported")).isEqualTo(82);
        assertThat(s19.getString("data.meeting.meeting.listStatus")).isEqualTo("CONFLICT");
        assertThat(s19.getString("data.meeting.series.code")).isEqualTo("SCCR");
        assertThat(s19.getList("data.meeting.participants.findAll { it.kind == 'STATE' }")).hasSize(83);
    }

    @Test
    void theBeijingConferenceIsOneEventLinkedToTheBeijingTreatyAdoptedThereDuringIt() {
        JsonPath beijing = execute("meeting", Map.of("id", "MTG-DIPCONF-AVP-2012")).body("errors", nullValue())
                .extract().jsonPath();
        assertThat(beijing.getString("data.meeting.id")).isEqualTo("EV-2012-AVP-DC");
        assertThat(beijing.getList("data.meeting.relatedTreaties.code")).containsExactly("BEIJING");
        LocalDate adopted = LocalDate.parse(beijing.getString("data.meeting.relatedTreaties[0].adoptedDate"));
        assertThat(adopted).isBetween(LocalDate.parse(beijing.getString("data.meeting.startDate")),
                LocalDate.parse(beijing.getString("data.meeting.endDate")));
        assertThat(beijing.getString("data.meeting.relatedTreaties[0].adoptedPlace")).isEqualTo(beijing.getString("data.meeting.city"));

        // every diplomatic conference: each linked treaty adopted at its city during its dates, as treaty-service says
        JsonPath conferences = execute("body-sessions", Map.of("body", "DIPCONF")).body("errors", nullValue()).extract().jsonPath();
        for (String id : conferences.getList("data.events.edges.node.meeting.meetingId", String.class)) {
            JsonPath c = execute("meeting", Map.of("id", id)).body("errors", nullValue()).extract().jsonPath();
            assertThat(c.getList("data.meeting.relatedTreaties")).as(id).isNotEmpty();
            for (Map<String, Object> treaty : c.<Map<String, Object>>getList("data.meeting.relatedTreaties")) {
                assertThat(LocalDate.parse((String) treaty.get("adoptedDate"))).as(id)
                        .isBetween(LocalDate.parse(c.getString("data.meeting.startDate")), LocalDate.parse(c.getString("data.meeting.endDate")));
                assertThat(treaty.get("adoptedPlace")).as(id).isEqualTo(c.getString("data.meeting.city"));
            }
        }
    }

    @Test
    void chinasParticipationRecordCountsTheCompleteListsNamingChina() throws Exception {
        JsonPath all = execute("meetings-in-range", Map.of("from", "1990-01-01", "to", "2030-12-31")).body("errors", nullValue())
                .extract().jsonPath();
        List<String> ids = all.getList("data.events.edges.node.meeting.meetingId", String.class);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(meetingIds());
        Set<String> complete = new HashSet<>();
        Set<String> namingChina = new HashSet<>();
        for (String id : ids) {
            // each meeting's list and its status, as the gateway shows them
            JsonPath meeting = execute("meeting", Map.of("id", id)).body("errors", nullValue()).extract().jsonPath();
            if ("COMPLETE".equals(meeting.getString("data.meeting.meeting.listStatus"))) {
                complete.add(id);
            }
            if (meeting.getList("data.meeting.participants.partyCode").contains("CN")) {
                namingChina.add(id);
            }
        }
        Set<String> completeNamingChina = namingChina.stream().filter(complete::contains).collect(Collectors.toSet());

        JsonPath china = execute("participation", Map.of("party", "cn")).body("errors", nullValue()).extract().jsonPath();
        assertThat(china.getInt("data.participation.sessionsAttended")).isEqualTo(namingChina.size());
        assertThat(china.getInt("data.participation.completeSessions")).isEqualTo(complete.size());
        assertThat(china.getInt("data.participation.completeSessionsAttended")).isEqualTo(completeNamingChina.size());
        assertThat(china.getDouble("data.participation.attendanceRate"))
                .isCloseTo((double) completeNamingChina.size() / complete.size(), org.assertj.core.data.Offset.offset(0.0001));
        assertThat(china.getList("data.participation.bodies.body")).contains("SCCR", "SCP", "SCT", "CDIP", "IGC");

        JsonPath rest = given().get(eventService() + "/participation/CN").then().statusCode(200).extract().jsonPath();
        assertThat(rest.getInt("completeSessionsAttended")).isEqualTo(completeNamingChina.size());
    }

    @Test
    void whoAttendedOneSccrSessionAndNotAnother() {
        Set<String> at38 = keys(execute("meeting", Map.of("id", "MTG-SCCR-38")).extract().jsonPath().getList("data.meeting.participants"));
        Set<String> at21 = keys(execute("meeting", Map.of("id", "MTG-SCCR-21")).extract().jsonPath().getList("data.meeting.participants"));
        Set<String> expected = new HashSet<>(at38);
        expected.removeAll(at21);
        JsonPath missing = execute("attended-not-at", Map.of("meeting", "MTG-SCCR-38", "other", "MTG-SCCR-21"))
                .body("errors", nullValue()).extract().jsonPath();
        assertThat(expected).isNotEmpty();
        assertThat(keys(missing.getList("data.attendedNotAt"))).isEqualTo(expected);
        refused(execute("attended-not-at", Map.of("meeting", "MTG-SCCR-38", "other", "MTG-NONE-1")), "attendedNotAt", "NOT_FOUND");
    }

    private static Set<String> keys(List<Map<String, Object>> participants) {
        return participants.stream().map(p -> p.get("partyCode") != null ? "#" + p.get("partyCode") : (String) p.get("name"))
                .collect(Collectors.toSet());
    }

    @Test
    void meetingsAppearInTheTimelineSearchAndTheBodysCalendar() {
        JsonPath timeline = execute("timeline", Map.of("state", "CH", "from", "2009-12-01", "to", "2009-12-31"))
                .body("errors", nullValue()).extract().jsonPath();
        assertThat(timeline.getList("data.timeline.findAll { it.__typename == 'EventEntry' }.event.id"))
                .contains("EV-MTG-SCCR-19");
        JsonPath search = execute("search", Map.of("text", "\"SCCR/19/15\"")).body("errors", nullValue()).extract().jsonPath();
        assertThat(search.getList("data.search.findAll { it.__typename == 'EventHit' }.event.id")).contains("EV-MTG-SCCR-19");
        String ics = given().queryParam("body", "SCCR").get(eventService() + "/events.ics").then().statusCode(200)
                .extract().asString();
        assertThat(ics).contains("UID:EV-MTG-SCCR-19@ipaccord.io");
    }

    static final String MEETINGS = "id,body_code,session,type,title,start_date,end_date,city,country_iso2,format,document_code,"
            + "member_states_count_reported,igo_count_reported,ngo_count_reported,source_url,notes\n";
    static final String PARTICIPANTS = "meeting_id,participant_name_source,iso2,kind,capacity,source_url\n";

    @Test
    void aMadeUpPairImportedThroughTheMutationLandsAndTheSamePairAgainChangesNothing() {
        String meetings = MEETINGS
                + "MTG-GWT-1,GW/T,1,working_group,\"Gateway Test Working Group, First Session\",2033-02-01,2033-02-03,Geneva,CH,,GW/T/1/5,2,,,https://example.org/gwt,\n";
        String participants = PARTICIPANTS
                + "MTG-GWT-1,France,FR,state,member,https://example.org/gwt\n"
                + "MTG-GWT-1,Germany,DE,state,member,https://example.org/gwt\n"
                + "MTG-GWT-1,European Union (EU),,igo,member,https://example.org/gwt\n"
                + "MTG-GWT-1,Palestine,,state,observer,https://example.org/gwt\n";
        JsonPath first = execute("import-meetings", Map.of("meetings", meetings, "participants", participants))
                .body("errors", nullValue()).extract().jsonPath();
        assertThat(first.getInt("data.importMeetings.added")).isEqualTo(1);
        JsonPath again = execute("import-meetings", Map.of("meetings", meetings, "participants", participants))
                .body("errors", nullValue()).extract().jsonPath();
        assertThat(again.getInt("data.importMeetings.unchanged")).isEqualTo(1);
        assertThat(again.getInt("data.importMeetings.added") + again.getInt("data.importMeetings.updated")).isZero();

        JsonPath meeting = execute("meeting", Map.of("id", "MTG-GWT-1")).body("errors", nullValue()).extract().jsonPath();
        assertThat(meeting.getString("data.meeting.type")).isEqualTo("WORKING_GROUP");
        assertThat(meeting.getList("data.meeting.participants.partyCode")).containsExactly("FR", "DE", "EU", null);
        assertThat(meeting.getString("data.meeting.meeting.listStatus")).isEqualTo("COMPLETE");
    }

    @Test
    void theRealFilesImportedAgainThroughTheMutationChangeNothing() throws Exception {
        // event-service seeded them; through the API they are checked against its replicas instead of the seed's
        // reference files, and must give the same events (same parties, list statuses and treaty links)
        String meetings = Files.readString(DATA.resolve("meetings/meetings.csv"));
        String participants = Files.readString(DATA.resolve("meetings/meeting_participants.csv"));
        JsonPath answer = execute("import-meetings", Map.of("meetings", meetings, "participants", participants))
                .body("errors", nullValue()).extract().jsonPath();
        assertThat(answer.getInt("data.importMeetings.meetings")).isEqualTo(meetingIds().size());
        assertThat(answer.getInt("data.importMeetings.participants")).isEqualTo(3526);
        assertThat(answer.getInt("data.importMeetings.unchanged")).isEqualTo(meetingIds().size());
    }

    @Test
    void aBadPairIsRefusedWithEveryProblemAndNothingWritten() {
        String meetings = MEETINGS
                + "MTG-GWR-1,GW/R,1,working_group,Refused,2033-03-05,2033-03-01,Geneva,CH,,,,,,https://example.org/gwr,\n";
        String participants = PARTICIPANTS + "MTG-GWR-2,France,FR,state,member,https://example.org/gwr\n"
                + "MTG-GWR-1,Germany,DE,state,honoured guest,https://example.org/gwr\n";
        JsonPath answer = refused(execute("import-meetings", Map.of("meetings", meetings, "participants", participants)),
                "importMeetings", "VALIDATION").extract().jsonPath();
        List<Map<String, Object>> problems = answer.getList("errors[0].extensions.problems");
        assertThat(problems).extracting(p -> p.get("file") + ":" + p.get("line") + ":" + p.get("column"))
                .containsExactly("meetings:2:end_date", "participants:2:meeting_id", "participants:3:capacity");
        assertThat(problems).allSatisfy(p -> assertThat((String) p.get("reason")).isNotBlank());
        execute("meeting", Map.of("id", "MTG-GWR-1")).body("errors", nullValue()).body("data.meeting", nullValue());
    }
}
