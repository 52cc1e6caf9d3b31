package io.ipaccord.treaty.treaty.api;

import static io.ipaccord.testing.rest.ProblemAssertions.invalid;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.treaty.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** GET /treaties/search: PostgreSQL full-text search over codes and names, on the seed and made-up treaties. */
@QuarkusTest
class TreatySearchTest {

    @Test
    void findsTheBeijingTreatyByItsNameItsOfficialNameAndAWordPrefix() {
        given().queryParam("text", "Beijing").get("/treaties/search").then().statusCode(200)
                .body("[0].treaty.code", equalTo("BEIJING"))
                .body("[0].treaty.shortName", equalTo("Beijing Treaty (BTAP)"))
                .body("[0].treaty.status", equalTo("IN_FORCE"));
        given().queryParam("text", "audiovisual performances").get("/treaties/search").then().statusCode(200)
                .body("treaty.code", equalTo(List.of("BEIJING")));
        given().queryParam("text", "madri").get("/treaties/search").then().statusCode(200)
                .body("treaty.code", hasItems("MADRID_MARKS", "MADRID_PROTOCOL"));
        given().queryParam("text", "qqqxxxzzz").get("/treaties/search").then().statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void computesEachTreatyAsOfTheDateAsked() {
        given().queryParam("text", "beijing").queryParam("asOf", "2020-04-27").get("/treaties/search").then()
                .statusCode(200)
                .body("[0].treaty.asOf", equalTo("2020-04-27"))
                .body("[0].treaty.status", equalTo("NOT_YET_IN_FORCE"));
    }

    @Test
    void aMatchInTheShortNameRanksAboveOneInTheOfficialNameAndNewTreatiesAreFound() {
        register("TEST_SEARCH_SHORT", "Zanzibar Accord", "Accord made up for a search test");
        register("TEST_SEARCH_OFFICIAL", "Test accord", "Accord on Zanzibar made up for a search test");

        JsonPath hits = given().queryParam("text", "zanzibar").get("/treaties/search").then().statusCode(200)
                .extract().jsonPath();
        assertThat(hits.getList("treaty.code", String.class))
                .containsExactly("TEST_SEARCH_SHORT", "TEST_SEARCH_OFFICIAL");
        assertThat(hits.getDouble("[0].rank")).isGreaterThan(hits.getDouble("[1].rank")).isPositive();
        assertThat(hits.getDouble("[1].rank")).isPositive();

        given().queryParam("text", "zanzibar").queryParam("limit", 1).get("/treaties/search").then().statusCode(200)
                .body("treaty.code", equalTo(List.of("TEST_SEARCH_SHORT")));
        // the code is searchable too, word by word
        given().queryParam("text", "test_search_official").get("/treaties/search").then().statusCode(200)
                .body("[0].treaty.code", equalTo("TEST_SEARCH_OFFICIAL"));
    }

    @Test
    void refusesBlankTextAndLimitsOutOfRange() {
        invalid(given().get("/treaties/search"), "text");
        invalid(given().queryParam("text", " ").get("/treaties/search"), "text");
        invalid(given().queryParam("text", "berne").queryParam("limit", 0).get("/treaties/search"), "limit");
        invalid(given().queryParam("text", "berne").queryParam("limit", 101).get("/treaties/search"), "limit");
        invalid(given().queryParam("text", "berne").queryParam("asOf", "2020-02-30").get("/treaties/search"), "asOf");
    }

    private static void register(String code, String shortName, String officialName) {
        Map<String, Object> treaty = new java.util.HashMap<>(Fixtures.treaty(code, 1, 3));
        treaty.put("shortName", shortName);
        treaty.put("officialName", officialName);
        given().contentType(ContentType.JSON).body(treaty).post("/treaties").then().statusCode(201);
    }
}
