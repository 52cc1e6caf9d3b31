package io.ipaccord.event.calendar;

import static io.ipaccord.event.events.TestEvents.create;
import static io.ipaccord.event.events.TestEvents.event;
import static io.ipaccord.testing.rest.ProblemAssertions.invalid;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.event.events.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * {@code GET /events.ics} over real HTTP and PostgreSQL: events scheduled through the API in 2041-2042 (no other
 * test's dates), read back as iCalendar and parsed: CRLF and folding, escaping, exclusive all-day ends, the
 * filters, and problems for bad parameters.
 */
@QuarkusTest
class CalendarResourceTest {

    private static final String FORUM = "EV-TEST-ICS-FORUM";
    private static final String VISIT = "EV-TEST-ICS-VISIT";
    private static final String CEREMONY = "EV-TEST-ICS-CEREMONY";
    private static final String LONG_TITLE = "Forum on the Beijing Treaty 北京视听表演条约 — audiovisual performers' rights, "
            + "with a title long enough to be folded";

    @Inject ObjectMapper objectMapper;
    @Inject DataSource dataSource;

    @BeforeEach
    void events() {
        TestEvents.knownReferences(objectMapper, dataSource);
        if (given().get("/events/" + FORUM).statusCode() == 200) {
            return;
        }
        create(event(FORUM, "title", LONG_TITLE, "startDate", "2041-05-01", "endDate", "2041-05-03",
                "summary", "Panels; talks, and a \\ backslash\nSecond line", "venue", "Hall 1", "city", "Test City",
                "relatedTreaties", List.of("XT_ONE"), "sources", List.of("https://example.org/ics-forum")));
        create(event(VISIT, "type", "OFFICIAL_VISIT", "startDate", "2041-06-10", "hostCountry", "XB",
                "relatedStates", List.of("XA")));
        create(event(CEREMONY, "type", "DEPOSIT_CEREMONY", "startDate", "2042-01-01", "hostCountry", "XB",
                "relatedTreaties", List.of("XT_TWO")));
        given().post("/events/" + CEREMONY + "/cancel").then().statusCode(200);
    }

    @Test
    void aValidCalendarWithOneAllDayEventPerEvent() {
        String ics = calendar(given().queryParam("treaty", "XT_ONE").queryParam("from", "2041-01-01"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        for (String physical : ics.substring(0, ics.length() - 2).split("\r\n", -1)) {
            assertThat(physical).doesNotContain("\n").doesNotContain("\r");
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("\r\n ");
        List<String> lines = unfolded(ics);
        assertThat(lines).contains("VERSION:2.0", "CALSCALE:GREGORIAN").anyMatch(l -> l.startsWith("PRODID:"));
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT"))).hasSize(1);

        List<String> forum = vevent(lines, FORUM);
        String updatedAt = given().get("/events/" + FORUM).then().statusCode(200).extract().path("updatedAt");
        assertThat(forum).contains(
                "DTSTAMP:" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.parse(updatedAt)),
                "DTSTART;VALUE=DATE:20410501", "DTEND;VALUE=DATE:20410504",
                "SUMMARY:" + LONG_TITLE.replace(",", "\\,"),
                "LOCATION:Hall 1\\, Test City\\, Test Republic A",
                "DESCRIPTION:Panels\\; talks\\, and a \\\\ backslash\\nSecond line\\n\\nSources:\\nhttps://example.org/ics-forum",
                "URL:https://example.org/ics-forum", "CATEGORIES:FORUM", "STATUS:CONFIRMED", "SEQUENCE:0");

        assertThat(calendar(given().queryParam("treaty", "XT_ONE").queryParam("from", "2041-01-01"))).isEqualTo(ics);
    }

    @Test
    void filtersByStateTreatyAndDates() {
        assertThat(uids(given().queryParam("state", "XA").queryParam("from", "2041-01-01"))).containsExactly(FORUM, VISIT);
        assertThat(uids(given().queryParam("state", "XB").queryParam("from", "2041-01-01"))).containsExactly(VISIT, CEREMONY);
        assertThat(uids(given().queryParam("state", "XA"))).contains(FORUM, VISIT).doesNotContain(CEREMONY);
        assertThat(uids(given().queryParam("treaty", "XT_TWO").queryParam("from", "2041-01-01"))).containsExactly(CEREMONY);
        assertThat(uids(given().queryParam("from", "2041-05-03").queryParam("to", "2041-12-31"))).containsExactly(FORUM, VISIT);
        assertThat(uids(given().queryParam("from", "2041-05-04").queryParam("to", "2041-06-09"))).isEmpty();
        assertThat(uids(given().queryParam("from", "2042-01-01").queryParam("to", "2042-01-01"))).containsExactly(CEREMONY);

        List<String> ceremony = vevent(unfolded(calendar(given().queryParam("treaty", "XT_TWO"))), CEREMONY);
        assertThat(ceremony).contains("STATUS:CANCELLED", "DTSTART;VALUE=DATE:20420101", "DTEND;VALUE=DATE:20420102",
                "CATEGORIES:DEPOSIT_CEREMONY", "LOCATION:Test Republic B", "SEQUENCE:1");
        assertThat(ceremony).noneMatch(l -> l.startsWith("URL:") || l.startsWith("DESCRIPTION:"));
    }

    @Test
    void badParametersAreProblems() {
        invalid(given().get("/events.ics"), "state")
                .body("errors.field", equalTo(List.of("state", "treaty", "body", "from", "to")));
        invalid(given().queryParam("from", "2041-13-01").get("/events.ics"), "from");
        invalid(given().queryParam("from", "2041-06-01").queryParam("to", "2041-05-01").get("/events.ics"), "to");
        invalid(given().queryParam("state", "xa").get("/events.ics"), "state");
        invalid(given().queryParam("treaty", "not a code").get("/events.ics"), "treaty");
    }

    private static String calendar(RequestSpecification request) {
        return request.get("/events.ics").then().statusCode(200).contentType("text/calendar")
                .header("Content-Disposition", "attachment; filename=\"events.ics\"")
                .extract().body().asString();
    }

    private static List<String> uids(RequestSpecification request) {
        return unfolded(calendar(request)).stream().filter(l -> l.startsWith("UID:EV-TEST-ICS-"))
                .map(l -> l.substring("UID:".length(), l.indexOf('@'))).toList();
    }

    /** RFC 5545 unfolding: a CRLF followed by a space joins the lines. */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    private static List<String> vevent(List<String> lines, String id) {
        int start = lines.indexOf("UID:" + id + "@ipaccord.io");
        assertThat(start).as("VEVENT of " + id).isPositive();
        List<String> out = new ArrayList<>();
        for (int i = start; !lines.get(i).equals("END:VEVENT"); i++) {
            out.add(lines.get(i));
        }
        return out;
    }
}
