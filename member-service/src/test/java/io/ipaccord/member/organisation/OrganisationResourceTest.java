package io.ipaccord.member.organisation;

import static io.ipaccord.testing.rest.ProblemAssertions.invalid;
import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.Topics;
import io.ipaccord.member.OutboxRows;
import io.ipaccord.testing.rest.ServiceEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The organisations API over real HTTP and PostgreSQL. Test organisations use codes XO-XZ, which neither a state
 * nor an organisation has and the member-state tests leave alone.
 */
@QuarkusTest
class OrganisationResourceTest {

    @Inject DataSource dataSource;

    @Test
    void seedHoldsTheFiveOrganisationsWithTheirSt3CodesAndSources() {
        List<Map<String, Object>> seeded = given().get("/organisations").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("").stream()
                .filter(organisation -> !isTestCode((String) organisation.get("code"))).toList();

        assertThat(seeded).extracting(organisation -> organisation.get("code"))
                .as("by code").containsExactly("BX", "EA", "EP", "EU", "OA");
        assertThat(seeded).extracting(organisation -> organisation.get("shortName"))
                .containsExactly("BOIP", "EAPO", "EPO", "EU", "OAPI");
        assertThat(seeded).allSatisfy(organisation -> {
            assertThat(organisation.get("verified")).isEqualTo("yes");
            assertThat(organisation.get("version")).isEqualTo(0);
            assertThat(organisation).doesNotContainKey("tableName");
            assertThat((List<?>) organisation.get("sources")).as("one source, its note kept whole").singleElement()
                    .asString().startsWith("https://www.wipo.int/wipolex/").contains("(").endsWith(")");
        });

        JsonPath oapi = given().get("/organisations/OA").then().statusCode(200).extract().jsonPath();
        assertThat(oapi.getString("name")).isEqualTo("African Intellectual Property Organization");
        assertThat(oapi.getString("shortName")).isEqualTo("OAPI");
        assertThat(oapi.getList("sources", String.class)).singleElement().asString().contains("treaty_id=8");
        assertThat(given().get("/organisations/EU").then().statusCode(200).extract().jsonPath().getString("sources[0]"))
                .contains("party to WCT; also WPPT; Marrakesh");
    }

    @Test
    void batchAnswersTheKnownOrganisationsInTheOrderAsked() {
        given().queryParam("codes", "OA,ZY,EU,OA").get("/organisations").then().statusCode(200)
                .body("code", equalTo(List.of("OA", "EU")))
                .body("[1].name", equalTo("European Union"));
        given().queryParam("codes", "CN").get("/organisations").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void refusesBadCodesInTheBatchAndThePath() {
        invalid(given().queryParam("codes", "EU,oapi").get("/organisations"), "codes")
                .body("errors[0].message", containsString("oapi"));
        invalid(given().queryParam("codes", " , ").get("/organisations"), "codes");
        invalid(given().get("/organisations/eu"), "code");
        problem(given().get("/organisations/ZY"), 404, "not-found")
                .body("detail", containsString("ZY")).body("instance", equalTo("/organisations/ZY"));
    }

    @Test
    void searchesNamesShortNamesAndCodesByWordPrefixesBestFirst() {
        given().queryParam("text", "intellectual property").get("/organisations/search").then().statusCode(200)
                .body("organisation.code", containsInAnyOrder("OA", "BX"))
                .body("rank", not(hasItem(0f)));
        given().queryParam("text", "OAPI").get("/organisations/search").then().statusCode(200)
                .body("[0].organisation.code", equalTo("OA"))
                .body("[0].organisation.name", equalTo("African Intellectual Property Organization"));
        given().queryParam("text", "EU").get("/organisations/search").then().statusCode(200)
                .body("[0].organisation.code", equalTo("EU"))
                .body("[0].organisation.shortName", equalTo("EU"));
        given().queryParam("text", "european union").get("/organisations/search").then().statusCode(200)
                .body("organisation.code", equalTo(List.of("EU")));
        given().queryParam("text", "eura pat").queryParam("limit", 1).get("/organisations/search").then().statusCode(200)
                .body("organisation.code", equalTo(List.of("EA")));
        given().queryParam("text", "qqqxxxzzz").get("/organisations/search").then().statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void refusesBadSearchParametersNamingEach() {
        invalid(given().queryParam("text", "EU").queryParam("limit", 0).get("/organisations/search"), "limit");
        invalid(given().queryParam("text", "EU").queryParam("limit", 101).get("/organisations/search"), "limit");
        invalid(given().queryParam("text", " ").get("/organisations/search"), "text");
        invalid(given().get("/organisations/search"), "text");
        invalid(given().queryParam("text", "x".repeat(201)).get("/organisations/search"), "text");
    }

    @Test
    void registersReadsAndUpdatesAnOrganisationPublishingEachChange() throws SQLException {
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("code", "XO", "name", "Test Organisation O", "shortName", "TOO",
                        "sources", List.of("https://example.org/xo"), "verified", "partial"))
                .post("/organisations")
                .then().statusCode(201)
                .body("code", equalTo("XO")).body("version", equalTo(0)).body("shortName", equalTo("TOO"))
                .extract().header("Location");
        assertThat(location).endsWith("/organisations/XO");
        given().get(location).then().statusCode(200)
                .body("name", equalTo("Test Organisation O")).body("sources", equalTo(List.of("https://example.org/xo")))
                .body("verified", equalTo("partial"));

        given().contentType(ContentType.JSON)
                .body(Map.of("name", " Test Organisation O (renamed) ", "shortName", "TOOR"))
                .put("/organisations/XO")
                .then().statusCode(200)
                .body("name", equalTo("Test Organisation O (renamed)")).body("shortName", equalTo("TOOR"))
                .body("version", equalTo(1)).body("sources", hasSize(0)).body("verified", equalTo("no"));

        assertThat(OutboxRows.count(dataSource, Topics.ORGANISATIONS, "XO")).as("registered, then updated").isEqualTo(2);
    }

    @Test
    void refusesAMemberStatesCodeAndWritesNothing() throws SQLException {
        long before = OutboxRows.count(dataSource, Topics.ORGANISATIONS, null);

        problem(given().contentType(ContentType.JSON)
                .body(Map.of("code", "CN", "name", "Not an organisation", "shortName", "NAO"))
                .post("/organisations"), 409, "conflict")
                .body("errors[0].field", equalTo("code"))
                .body("detail", containsString("member state"));

        problem(given().get("/organisations/CN"), 404, "not-found");
        given().get("/member-states/CN").then().statusCode(200).body("name", equalTo("China"));
        assertThat(OutboxRows.count(dataSource, Topics.ORGANISATIONS, null)).as("nothing queued for Kafka").isEqualTo(before);
    }

    @Test
    void aMemberStateCannotTakeAnOrganisationsCode() {
        problem(given().contentType(ContentType.JSON)
                .body(Map.of("code", "EU", "alpha3", "XEU", "numeric", "998", "name", "Not a state"))
                .post("/member-states"), 409, "conflict")
                .body("errors[0].field", equalTo("code"))
                .body("detail", containsString("organisation"));
        problem(given().get("/member-states/EU"), 404, "not-found");
    }

    @Test
    void refusesADuplicateAndLeavesTheOrganisationAlone() throws SQLException {
        long before = OutboxRows.count(dataSource, Topics.ORGANISATIONS, null);

        problem(given().contentType(ContentType.JSON)
                .body(Map.of("code", "EU", "name", "Impostor Union", "shortName", "IU"))
                .post("/organisations"), 409, "conflict")
                .body("errors[0].field", equalTo("code"));

        given().get("/organisations/EU").then().body("name", equalTo("European Union")).body("shortName", equalTo("EU"));
        assertThat(OutboxRows.count(dataSource, Topics.ORGANISATIONS, null)).isEqualTo(before);
    }

    @Test
    void refusesInvalidInputNamingEachFieldAndWritesNothing() throws SQLException {
        long before = OutboxRows.count(dataSource, Topics.ORGANISATIONS, null);

        problem(given().contentType(ContentType.JSON)
                .body(Map.of("code", "xq", "name", " ", "shortName", "", "verified", "maybe"))
                .post("/organisations"), 400, "validation")
                .body("errors.field", hasItems("code", "name", "shortName", "verified"));
        problem(given().contentType(ContentType.JSON)
                .body(Map.of("code", "XQ", "name", "Test Organisation Q", "shortName", "T".repeat(41)))
                .post("/organisations"), 400, "validation")
                .body("errors.field", equalTo(List.of("shortName")));
        invalid(given().contentType(ContentType.JSON)
                .body(Map.of("name", "Test Organisation Q", "shortName", "TOQ")).post("/organisations"), "code");
        problem(given().contentType(ContentType.JSON).body("{\"code\": \"XQ\", ").post("/organisations"), 400, "validation");
        problem(given().contentType(ContentType.JSON).body("").post("/organisations"), 400, "validation");
        problem(given().get("/organisations/XQ"), 404, "not-found");

        JsonPath eu = given().get("/organisations/EU").then().statusCode(200).extract().jsonPath();
        problem(given().contentType(ContentType.JSON)
                .body(Map.of("name", "", "shortName", "EU", "sources", List.of(" ")))
                .put("/organisations/EU"), 400, "validation")
                .body("errors.field", hasItems("name"));
        given().get("/organisations/EU").then().body("name", equalTo("European Union"))
                .body("version", equalTo(eu.getInt("version"))).body("sources", equalTo(eu.getList("sources")));

        assertThat(OutboxRows.count(dataSource, Topics.ORGANISATIONS, null)).as("nothing queued for Kafka").isEqualTo(before);
    }

    @Test
    void updatingAnUnknownOrganisationIsNotFound() {
        problem(given().contentType(ContentType.JSON).body(Map.of("name", "Nobody", "shortName", "NB"))
                .put("/organisations/ZY"), 404, "not-found");
        invalid(given().contentType(ContentType.JSON).body(Map.of("name", "Nobody", "shortName", "NB"))
                .put("/organisations/zy"), "code");
    }

    @Test
    void theOpenApiDocumentDescribesTheOperations() {
        ServiceEndpoints.assertOpenApiDescribes("get /organisations", "get /organisations/{code}", "get /organisations/search",
                "post /organisations",
                "put /organisations/{code}");
    }

    static boolean isTestCode(String code) {
        return code.matches("X[O-Z]");
    }
}
