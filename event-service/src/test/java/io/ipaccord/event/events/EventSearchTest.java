package io.ipaccord.event.events;

import static io.ipaccord.event.events.TestEvents.create;
import static io.ipaccord.event.events.TestEvents.event;
import static io.ipaccord.testing.rest.ProblemAssertions.invalid;
import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.ipaccord.event.events.TestEvents.put;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** PostgreSQL full-text search over the events. */
@QuarkusTest
class EventSearchTest {

    @Inject ObjectMapper objectMapper;
    @Inject DataSource dataSource;

    @Test
    void beijingFindsThe2012DiplomaticConferenceRankedBestFirst() {
        JsonPath hits = search("Beijing", 50);
        List<String> ids = hits.getList("event.id", String.class);
        assertThat(ids).contains("EV-2012-AVP-DC", "EV-2014-CN-BTAP-RATIF", "EV-2020-BTAP-EIF");
        assertThat(ids).doesNotContain("EV-2024-GRATK-DC", "EV-2024-DLT-DC", "EV-2024-A65");
        List<Float> ranks = hits.getList("rank", Float.class);
        assertThat(ranks).allMatch(rank -> rank > 0).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(hits.getString("find { it.event.id == 'EV-2012-AVP-DC' }.event.title"))
                .isEqualTo("Diplomatic Conference on the Protection of Audiovisual Performances");
    }

    @Test
    void findsByTitleParticipantsAndOrganisersWithTitleMatchesFirst() {
        assertThat(search("Jingdezhen copyright forum", 5).getList("event.id", String.class)).first().isEqualTo("EV-2024-ICF");
        assertThat(search("\"Music Copyright Society\"", 5).getList("event.id", String.class)).containsExactly("EV-2022-WOC-RT-ASSOC");
        assertThat(search("Patriota", 5).getList("event.id", String.class)).containsExactly("EV-2024-GRATK-DC");
        assertThat(search("Riyadh design", 5).getList("event.id", String.class)).first().isEqualTo("EV-2024-DLT-DC");
        assertThat(search("zzyzx", 5).getList("event")).isEmpty();
        assertThat(search("Beijing", 2).getList("event")).hasSize(2);
    }

    @Test
    void followsEveryChange() {
        TestEvents.knownReferences(objectMapper, dataSource);
        create(event("EV-TEST-SEARCH", "title", "Quokka appreciation forum", "summary", "Marsupial matters"));
        assertThat(search("quokka", 5).getList("event.id", String.class)).containsExactly("EV-TEST-SEARCH");
        assertThat(search("marsupial", 5).getList("event.id", String.class)).containsExactly("EV-TEST-SEARCH");

        put("EV-TEST-SEARCH", event(null, "title", "Wombat forum")).then().statusCode(200);
        assertThat(search("quokka", 5).getList("event")).isEmpty();
        given().contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("kind", "PERSON", "name", "Ignatius Numbat", "role", "SPEAKER"))
                .post("/events/EV-TEST-SEARCH/participants").then().statusCode(201);
        assertThat(search("numbat", 5).getList("event.id", String.class)).containsExactly("EV-TEST-SEARCH");
    }

    @Test
    void refusesABlankTextOrABadLimit() {
        problem(given().get("/events/search"), 400, "validation")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("text"));
        problem(given().queryParam("text", "  ").get("/events/search"), 400, "validation");
        problem(given().queryParam("text", "Beijing").queryParam("limit", 0).get("/events/search"), 400, "validation")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("limit"));
        problem(given().queryParam("text", "Beijing").queryParam("limit", 101).get("/events/search"), 400, "validation");
    }

    private static JsonPath search(String text, int limit) {
        return given().queryParam("text", text).queryParam("limit", limit).get("/events/search")
                .then().statusCode(200).extract().jsonPath();
    }
}
