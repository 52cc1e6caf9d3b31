package io.ipaccord.event.events;

import static io.ipaccord.event.events.TestEvents.create;
import static io.ipaccord.event.events.TestEvents.event;
import static io.ipaccord.event.events.TestEvents.outboxRows;
import static io.ipaccord.event.events.TestEvents.post;
import static io.ipaccord.testing.rest.ProblemAssertions.invalid;
import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.ipaccord.event.events.TestEvents.put;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipaccord.testing.rest.ServiceEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** The events API over real HTTP, PostgreSQL and Kafka (for the replicas of states and treaties). */
@QuarkusTest
class EventResourceTest {

    @Inject ObjectMapper objectMapper;
    @Inject DataSource dataSource;

    @BeforeEach
    void knownReferences() {
        TestEvents.knownReferences(objectMapper, dataSource);
    }

    @Test
    void schedulesReadsUpdatesCancelsAndRemovesAnEvent() {
        String location = post(event("EV-TEST-CRUD",
                "type", "DIPLOMATIC_CONFERENCE", "summary", "Adopted the Test Treaty", "endDate", "2030-05-03",
                "city", "Test City", "region", "Test Region", "venue", "Test Hall", "organisers", List.of("Convened by WIPO"),
                "series", Map.of("code", "TEST_SERIES", "name", "Test series", "description", "Every year"),
                "relatedStates", List.of("XB"), "relatedTreaties", List.of("XT_ONE"),
                "sources", List.of("https://example.org/crud"), "verified", "partial", "notes", "Dates inferred",
                "participants", List.of(
                        Map.of("kind", "ORGANISATION", "name", "WIPO", "organisationType", "IGO", "role", "ORGANISER"),
                        Map.of("kind", "PERSON", "name", "Test Chair", "role", "CHAIR", "title", "President", "affiliation", "XA")),
                "attendance", List.of(
                        Map.of("measure", "MEMBER_STATES", "value", 156, "source", "https://example.org/a", "note", "WIPO figures"),
                        Map.of("measure", "MEMBER_STATES", "value", 154, "source", "https://example.org/b"))))
                .then().statusCode(201)
                .body("id", equalTo("EV-TEST-CRUD")).body("version", equalTo(0)).body("status", equalTo("PLANNED"))
                .body("endDate", equalTo("2030-05-03")).body("series.name", equalTo("Test series"))
                .body("participants", hasSize(2)).body("attendance.value", equalTo(List.of(156, 154)))
                .extract().header("Location");
        assertThat(location).endsWith("/events/EV-TEST-CRUD");

        JsonPath read = given().get(location).then().statusCode(200).extract().jsonPath();
        assertThat(read.getString("hostCountry")).isEqualTo("XA");
        assertThat(read.getList("relatedStates")).containsExactly("XB");
        assertThat(read.getList("relatedTreaties")).containsExactly("XT_ONE");
        assertThat(read.getList("participants.role")).containsExactly("ORGANISER", "CHAIR");
        assertThat(read.getList("participants.id", Long.class)).allMatch(id -> id > 0);
        assertThat(read.getList("attendance.source")).containsExactly("https://example.org/a", "https://example.org/b");
        assertThat(read.getString("verified")).isEqualTo("partial");
        assertThat(read.getString("notes")).isEqualTo("Dates inferred");
        assertThat(read.getList("childIds")).isEmpty();

        put("EV-TEST-CRUD", event(null, "title", "Renamed conference", "status", "HELD", "relatedTreaties", List.of("XT_ONE", "XT_TWO"),
                "series", Map.of("code", "TEST_SERIES")))
                .then().statusCode(200)
                .body("title", equalTo("Renamed conference")).body("version", equalTo(1)).body("status", equalTo("HELD"))
                .body("endDate", equalTo("2030-05-01")).body("relatedStates", hasSize(0))
                .body("relatedTreaties", equalTo(List.of("XT_ONE", "XT_TWO")))
                .body("participants", hasSize(2)).body("attendance", hasSize(2)).body("verified", equalTo("no"));

        given().post("/events/EV-TEST-CRUD/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("version", equalTo(2));
        problem(given().post("/events/EV-TEST-CRUD/cancel"), 409, "conflict").body("errors[0].field", equalTo("status"));

        given().delete("/events/EV-TEST-CRUD").then().statusCode(204);
        problem(given().get("/events/EV-TEST-CRUD"), 404, "not-found").body("instance", equalTo("/events/EV-TEST-CRUD"));
        problem(given().delete("/events/EV-TEST-CRUD"), 404, "not-found");
        problem(given().post("/events/EV-TEST-CRUD/cancel"), 404, "not-found");
    }

    @Test
    void generatesAnIdWhenNoneIsGiven() {
        post(event(null)).then().statusCode(201).body("id", matchesPattern("EV-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    void refusesUnknownStatesTreatiesAndParentNamingEachAndWritesNothing() {
        problem(post(event("EV-TEST-UNKNOWN", "hostCountry", "QX", "relatedStates", List.of("XA", "QY"),
                "relatedTreaties", List.of("XT_ONE", "NO_SUCH_TREATY"), "parentId", "EV-TEST-NO-PARENT")), 422, "unprocessable")
                .body("errors.field", equalTo(List.of("hostCountry", "relatedStates[1]", "relatedTreaties[1]", "parentId")))
                .body("errors[0].message", equalTo("QX is not a known member state"))
                .body("errors[1].message", containsString("QY"))
                .body("errors[2].message", equalTo("NO_SUCH_TREATY is not a known treaty"))
                .body("errors[3].message", containsString("EV-TEST-NO-PARENT"))
                .body("detail", containsString("QX"));
        problem(given().get("/events/EV-TEST-UNKNOWN"), 404, "not-found");
        assertThat(outboxRows(dataSource, "EV-TEST-UNKNOWN")).isZero();

        problem(post(event("EV-TEST-UNKNOWN", "series", Map.of("code", "NO_SUCH_SERIES"))), 422, "unprocessable")
                .body("errors[0].field", equalTo("series.code"));
        given().queryParam("series", "NO_SUCH_SERIES").get("/events").then().statusCode(200).body("totalCount", equalTo(0));
        assertThat(outboxRows(dataSource, "EV-TEST-UNKNOWN")).isZero();
    }

    @Test
    void refusesInvalidInputNamingEachFieldAndWritesNothing() {
        problem(post(Map.of("id", "EV-TEST-INVALID", "type", "FORUM", "title", " ", "hostCountry", "china",
                "verified", "maybe", "relatedStates", List.of("xx"), "relatedTreaties", List.of("beijing"),
                "participants", List.of(Map.of("kind", "PERSON", "name", "", "role", "SPEAKER")),
                "attendance", List.of(Map.of("measure", "DELEGATES", "value", -1, "source", "")))), 400, "validation")
                .body("errors.field", hasItems("title", "startDate", "hostCountry", "verified", "relatedStates[0]",
                        "relatedTreaties[0]", "participants[0].name", "attendance[0].value", "attendance[0].source"));
        invalid(post(event("EV-TEST-INVALID", "endDate", "2030-04-30")), "endDate").body("errors[0].message", containsString("2030-05-01"));
        invalid(post(event("EV-TEST-INVALID", "status", "CANCELLED")), "status");
        invalid(post(event("EV-TEST-INVALID", "type", "SUMMIT")), "type");
        invalid(post(event("EV-TEST-INVALID", "startDate", "soon")), "startDate");
        invalid(post(event("EV-TEST-INVALID", "participants",
                List.of(Map.of("kind", "PERSON", "name", "A person", "organisationType", "MEDIA", "role", "SPEAKER")))), "participants[0].organisationType");
        invalid(post(event("event-42")), "id");
        problem(given().contentType(ContentType.JSON).body("{\"id\": ").post("/events"), 400, "validation");
        problem(given().contentType(ContentType.JSON).body("").post("/events"), 400, "validation");

        problem(given().get("/events/EV-TEST-INVALID"), 404, "not-found");
        assertThat(outboxRows(dataSource, "EV-TEST-INVALID")).isZero();
        invalid(given().get("/events/not-an-event"), "id");
    }

    @Test
    void refusesATakenIdAndKeepsTheFirstEvent() {
        create(event("EV-TEST-TAKEN"));
        problem(post(event("EV-TEST-TAKEN", "title", "Impostor")), 409, "conflict").body("errors[0].field", equalTo("id"));
        given().get("/events/EV-TEST-TAKEN").then().body("title", equalTo("Test forum EV-TEST-TAKEN")).body("version", equalTo(0));
        assertThat(outboxRows(dataSource, "EV-TEST-TAKEN")).isEqualTo(1);
    }

    @Test
    void updateRefusesWhatTheCreationWouldAndWritesNothing() {
        create(event("EV-TEST-UPD"));
        problem(put("EV-TEST-NONE", event(null)), 404, "not-found");
        invalid(put("EV-TEST-UPD", event(null, "title", "")), "title");
        invalid(put("EV-TEST-UPD", event(null, "endDate", "2000-01-01")), "endDate");
        invalid(put("EV-TEST-UPD", event(null, "status", "CANCELLED")), "status");
        problem(put("EV-TEST-UPD", event(null, "hostCountry", "QX", "relatedTreaties", List.of("NO_SUCH_TREATY"))), 422, "unprocessable")
                .body("errors.field", equalTo(List.of("hostCountry", "relatedTreaties[0]")));
        given().get("/events/EV-TEST-UPD").then().body("version", equalTo(0)).body("hostCountry", equalTo("XA"));
        assertThat(outboxRows(dataSource, "EV-TEST-UPD")).isEqualTo(1);
    }

    @Test
    void keepsTheItineraryAcyclicAndAParentWhileItHasChildren() {
        create(event("EV-TEST-VISIT", "type", "OFFICIAL_VISIT", "startDate", "2030-09-09", "endDate", "2030-09-14"));
        create(event("EV-TEST-VISIT-FORUM", "startDate", "2030-09-10", "parentId", "EV-TEST-VISIT"));
        create(event("EV-TEST-VISIT-OPENING", "type", "OFFICE_OPENING", "startDate", "2030-09-09", "parentId", "EV-TEST-VISIT"));
        create(event("EV-TEST-VISIT-SIDE", "startDate", "2030-09-11", "parentId", "EV-TEST-VISIT-FORUM"));

        given().get("/events/EV-TEST-VISIT").then().statusCode(200)
                .body("childIds", equalTo(List.of("EV-TEST-VISIT-OPENING", "EV-TEST-VISIT-FORUM"))).body("version", equalTo(2));
        given().get("/events/EV-TEST-VISIT-FORUM").then().body("parentId", equalTo("EV-TEST-VISIT"));

        problem(put("EV-TEST-VISIT", event(null, "parentId", "EV-TEST-VISIT")), 422, "unprocessable")
                .body("errors[0].field", equalTo("parentId"));
        problem(put("EV-TEST-VISIT", event(null, "parentId", "EV-TEST-VISIT-SIDE")), 422, "unprocessable")
                .body("errors[0].field", equalTo("parentId")).body("errors[0].message", containsString("descendant"));
        problem(given().delete("/events/EV-TEST-VISIT"), 409, "conflict").body("errors[0].field", equalTo("childIds"));
        given().get("/events/EV-TEST-VISIT").then().body("version", equalTo(2)).body("parentId", nullValue());

        // Moving a child out of the itinerary changes the parent's children.
        put("EV-TEST-VISIT-OPENING", event(null, "type", "OFFICE_OPENING", "startDate", "2030-09-09")).then().statusCode(200);
        given().get("/events/EV-TEST-VISIT").then().body("childIds", equalTo(List.of("EV-TEST-VISIT-FORUM"))).body("version", equalTo(3));
        given().delete("/events/EV-TEST-VISIT-SIDE").then().statusCode(204);
        given().get("/events/EV-TEST-VISIT-FORUM").then().body("childIds", hasSize(0));
    }

    @Test
    void participantsSubResource() {
        create(event("EV-TEST-PART"));
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "ORGANISATION", "name", "Test Copyright Society", "organisationType", "CMO",
                        "role", "INVITEE", "source", "https://example.org/invitees"))
                .post("/events/EV-TEST-PART/participants")
                .then().statusCode(201).body("name", equalTo("Test Copyright Society")).body("organisationType", equalTo("CMO"))
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        given().get("/events/EV-TEST-PART/participants").then().statusCode(200).body("id", equalTo(List.of((int) id)));
        given().get("/events/EV-TEST-PART").then().body("participants[0].role", equalTo("INVITEE")).body("version", equalTo(1));

        invalid(given().contentType(ContentType.JSON).body(Map.of("kind", "PERSON", "name", "Nobody"))
                .post("/events/EV-TEST-PART/participants"), "role");
        invalid(given().contentType(ContentType.JSON).body(Map.of("kind", "PERSON", "name", "P", "role", "HOST", "organisationType", "NGO"))
                .post("/events/EV-TEST-PART/participants"), "organisationType");
        problem(given().contentType(ContentType.JSON).body(Map.of("kind", "PERSON", "name", "P", "role", "HOST"))
                .post("/events/EV-TEST-NONE/participants"), 404, "not-found");
        problem(given().get("/events/EV-TEST-NONE/participants"), 404, "not-found");
        given().get("/events/EV-TEST-PART").then().body("participants", hasSize(1)).body("version", equalTo(1));

        given().delete(location).then().statusCode(204);
        problem(given().delete(location), 404, "not-found");
        given().get("/events/EV-TEST-PART").then().body("participants", hasSize(0)).body("version", equalTo(2));
    }

    @Test
    void attendanceSubResourceKeepsEveryFigureWithItsSource() {
        create(event("EV-TEST-ATT"));
        given().contentType(ContentType.JSON).body(Map.of("measure", "DELEGATES", "value", 721, "source", "WIPO figures"))
                .post("/events/EV-TEST-ATT/attendance").then().statusCode(201).body("value", equalTo(721));
        String second = given().contentType(ContentType.JSON)
                .body(Map.of("measure", "DELEGATES", "value", 700, "source", "https://example.org/press", "note", "about 700"))
                .post("/events/EV-TEST-ATT/attendance").then().statusCode(201).extract().header("Location");
        given().get("/events/EV-TEST-ATT/attendance").then().statusCode(200)
                .body("value", equalTo(List.of(721, 700))).body("source", equalTo(List.of("WIPO figures", "https://example.org/press")));

        invalid(given().contentType(ContentType.JSON).body(Map.of("measure", "DELEGATES", "value", 1))
                .post("/events/EV-TEST-ATT/attendance"), "source");
        invalid(given().contentType(ContentType.JSON).body(Map.of("measure", "SPECTATORS", "value", 1, "source", "x"))
                .post("/events/EV-TEST-ATT/attendance"), "measure");
        problem(given().get("/events/EV-TEST-NONE/attendance"), 404, "not-found");

        given().delete(second).then().statusCode(204);
        problem(given().delete(second), 404, "not-found");
        given().get("/events/EV-TEST-ATT").then().body("attendance.value", equalTo(List.of(721))).body("version", equalTo(3));
    }

    @Test
    void filtersTheSeededEvents() {
        assertThat(ids(given().queryParam("host", "CN").queryParam("first", 500))).hasSize(12);
        assertThat(ids(given().queryParam("treaty", "BEIJING")))
                .containsExactly("EV-2012-AVP-DC", "EV-2014-CN-BTAP-RATIF", "EV-2020-BTAP-EIF", "EV-2021-BTAP-1YR");
        assertThat(ids(given().queryParam("state", "ID"))).containsExactly("EV-2020-BTAP-EIF");
        assertThat(ids(given().queryParam("host", "ID"))).isEmpty();
        assertThat(ids(given().queryParam("from", "2024-09-01").queryParam("to", "2024-09-30").queryParam("host", "CN")))
                .containsExactly("EV-2024-DG-CN-VISIT", "EV-2024-ICF", "EV-2024-BRI-IP-3");
        // the curated conference of 2012 is also a seeded meeting (one event); the others before 2019 are meetings only
        assertThat(ids(given().queryParam("type", "DIPLOMATIC_CONFERENCE").queryParam("to", "2019-01-01")))
                .containsExactly("EV-MTG-DIPCONF-WCT-WPPT-1996", "EV-2012-AVP-DC", "EV-MTG-DIPCONF-MVT-2013",
                        "EV-MTG-DIPCONF-LISBON-2015");
        assertThat(ids(given().queryParam("organisation", "music copyright"))).containsExactly("EV-2022-WOC-RT-ASSOC");
        assertThat(ids(given().queryParam("text", "ANNIVERSARY").queryParam("host", "CN")))
                .containsExactly("EV-2021-BTAP-1YR", "EV-2023-CN-WIPO-50");
        assertThat(ids(given().queryParam("series", "INTL_COPYRIGHT_FORUM"))).containsExactly("EV-2024-ICF");
        assertThat(ids(given().queryParam("host", "CH").queryParam("type", "DIPLOMATIC_CONFERENCE").queryParam("sort", "-startDate")))
                .containsExactly("EV-2024-GRATK-DC", "EV-MTG-DIPCONF-LISBON-2015", "EV-MTG-DIPCONF-WCT-WPPT-1996");
        assertThat(ids(given().queryParam("host", "CH").queryParam("meeting", "false"))).as("A-65 and GRATK are meetings")
                .isEmpty();
        given().queryParam("meeting", "maybe").get("/events").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("meeting"));
        given().queryParam("body", "sccr").get("/events").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("body"));
        assertThat(ids(given().queryParam("status", "HELD").queryParam("host", "SA"))).containsExactly("EV-2024-DLT-DC");
    }

    @Test
    void pagesWithoutOverlapOrGapInEveryOrder() {
        for (String sort : List.of("startDate", "-startDate", "title", "-title")) {
            List<String> all = ids(given().queryParam("host", "CN").queryParam("sort", sort).queryParam("first", 500));
            List<String> paged = new java.util.ArrayList<>();
            String after = null;
            boolean hasNext = true;
            int pages = 0;
            while (hasNext) {
                var request = given().queryParam("host", "CN").queryParam("sort", sort).queryParam("first", 5);
                if (after != null) {
                    request.queryParam("after", after);
                }
                JsonPath page = request.get("/events").then().statusCode(200).extract().jsonPath();
                paged.addAll(page.getList("items.id", String.class));
                assertThat(page.getLong("totalCount")).isEqualTo(12);
                hasNext = page.getBoolean("pageInfo.hasNextPage");
                after = page.getString("pageInfo.endCursor");
                pages++;
            }
            assertThat(pages).as(sort).isEqualTo(3);
            assertThat(paged).as(sort).isEqualTo(all).doesNotHaveDuplicates().hasSize(12);
        }
        List<String> dates = given().queryParam("host", "CN").queryParam("first", 500).get("/events")
                .then().extract().jsonPath().getList("items.startDate", String.class);
        assertThat(dates).isSorted();
    }

    @Test
    void refusesInvalidQueryParametersNamingThem() {
        invalid(given().queryParam("first", 0).get("/events"), "first");
        invalid(given().queryParam("first", 501).get("/events"), "first");
        invalid(given().queryParam("sort", "popularity").get("/events"), "sort");
        invalid(given().queryParam("after", "not-a-cursor").get("/events"), "after");
        String titleCursor = given().queryParam("sort", "title").queryParam("first", 1).get("/events")
                .then().extract().path("pageInfo.endCursor");
        invalid(given().queryParam("after", titleCursor).get("/events"), "after").body("errors[0].message", containsString("title"));
        invalid(given().queryParam("from", "2024-13-01").get("/events"), "from");
        invalid(given().queryParam("from", "2024-02-01").queryParam("to", "2024-01-01").get("/events"), "to");
        invalid(given().queryParam("type", "SUMMIT").get("/events"), "type");
        invalid(given().queryParam("status", "POSTPONED").get("/events"), "status");
        invalid(given().queryParam("host", "CHN").get("/events"), "host");
        invalid(given().queryParam("treaty", "beijing").get("/events"), "treaty");
    }

    @Test
    void batchEndpointsAnswerManyKeysInOneCall() {
        given().queryParam("ids", "EV-2024-ICF,EV-TEST-NOPE,EV-2012-AVP-DC").get("/events/batch")
                .then().statusCode(200).body("id", equalTo(List.of("EV-2024-ICF", "EV-2012-AVP-DC")));

        JsonPath byState = given().queryParam("states", "CN,ID,FR").get("/events/by-state/batch").then().statusCode(200)
                .extract().jsonPath();
        assertThat(byState.getMap("")).containsOnlyKeys("CN", "ID", "FR");
        assertThat(byState.getList("CN.id", String.class)).hasSize(12).startsWith("EV-2012-AVP-DC");
        assertThat(byState.getList("CN.startDate", String.class)).isSorted();
        assertThat(byState.getList("ID.id", String.class)).containsExactly("EV-2020-BTAP-EIF");
        assertThat(byState.getList("FR")).isEmpty();

        JsonPath byTreaty = given().queryParam("treaties", "BEIJING,GRATK,RDLT,PCT").get("/events/by-treaty/batch")
                .then().statusCode(200).extract().jsonPath();
        assertThat(byTreaty.getList("BEIJING.id", String.class))
                .containsExactly("EV-2012-AVP-DC", "EV-2014-CN-BTAP-RATIF", "EV-2020-BTAP-EIF", "EV-2021-BTAP-1YR");
        assertThat(byTreaty.getList("GRATK.id", String.class)).containsExactly("EV-2024-GRATK-DC");
        assertThat(byTreaty.getList("RDLT.id", String.class)).containsExactly("EV-2024-DLT-DC");
        assertThat(byTreaty.getList("PCT")).isEmpty();

        JsonPath children = given().queryParam("parents", "EV-2024-DG-CN-VISIT,EV-2024-ICF").get("/events/children/batch")
                .then().statusCode(200).extract().jsonPath();
        assertThat(children.getList("'EV-2024-DG-CN-VISIT'.id", String.class)).containsExactly("EV-2024-ICF", "EV-2024-BRI-IP-3");
        assertThat(children.getList("'EV-2024-ICF'")).isEmpty();
    }

    @Test
    void batchEndpointsRefuseBadOrTooManyKeys() {
        invalid(given().get("/events/batch"), "ids");
        problem(given().queryParam("ids", "EV-1,nope").get("/events/batch"), 400, "validation")
                .body("errors[0].message", containsString("nope"));
        invalid(given().queryParam("states", "CN,chn").get("/events/by-state/batch"), "states");
        invalid(given().queryParam("treaties", "beijing").get("/events/by-treaty/batch"), "treaties");
        invalid(given().queryParam("parents", "").get("/events/children/batch"), "parents");
        // As many ids as the gateway may send at once, each as long as an id may be: one call still answers.
        List<String> longest = java.util.stream.IntStream.range(0, 501)
                .mapToObj(i -> "EV-" + "X".repeat(72) + String.format("%05d", i)).toList();
        given().queryParam("ids", String.join(",", longest.subList(0, 500)) + ",EV-2024-ICF").get("/events/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("ids"));
        given().queryParam("ids", String.join(",", longest.subList(0, 499)) + ",EV-2024-ICF").get("/events/batch")
                .then().statusCode(200).body("id", equalTo(List.of("EV-2024-ICF")));
    }

    @Test
    void servesHealthAndOpenApi() {
        ServiceEndpoints.assertHealthyWithMetrics();
        ServiceEndpoints.assertOpenApiDescribes("get /events/by-state/batch");
    }

    private static List<String> ids(io.restassured.specification.RequestSpecification request) {
        return request.get("/events").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }
}
