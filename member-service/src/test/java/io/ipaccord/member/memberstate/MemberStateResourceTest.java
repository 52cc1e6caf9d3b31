package io.ipaccord.member.memberstate;

import static io.ipaccord.testing.rest.ProblemAssertions.invalid;
import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.ipaccord.testing.rest.ServiceEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The member-states API over real HTTP and PostgreSQL. Test data uses ISO's user-assigned codes
 * (AA, QM-QZ, XA-XZ, ZZ), which no real state has, so tests never collide with the seed.
 */
@QuarkusTest
class MemberStateResourceTest {

    @Test
    void seedHoldsAll194StatesWithTheirSourcesAndMembershipDates() {
        JsonPath china = given().get("/member-states/CN").then().statusCode(200).extract().jsonPath();
        assertThat(china.<String, Object>getMap("$")).containsAllEntriesOf(Map.of("name", "China", "memberSince", "1980-06-03",
                "alpha3", "CHN", "numeric", "156", "verified", "yes"));
        assertThat(china.getList("sources", String.class)).hasSize(2).allMatch(s -> s.startsWith("http"));

        List<Map<String, Object>> seeded = given().queryParam("first", 500).get("/member-states").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(state -> !isTestCode((String) state.get("code"))).toList();
        assertThat(seeded).hasSize(194);
        assertThat(seeded).as("every seeded state has its WIPO membership date")
                .allSatisfy(state -> assertThat(state.get("memberSince")).as((String) state.get("code")).isNotNull());
        assertThat(seeded).filteredOn(state -> "FM".equals(state.get("code")))
                .singleElement().satisfies(fm -> assertThat(fm.get("memberSince")).isEqualTo("2025-09-19"));
    }

    @Test
    void pagesThroughEveryStateWithoutOverlapOrGap() {
        List<String> codes = new ArrayList<>();
        String after = null;
        long total = -1;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            var request = given().queryParam("first", 40).queryParam("sort", "code");
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/member-states").then().statusCode(200).extract().jsonPath();
            codes.addAll(page.getList("items.code", String.class));
            total = page.getLong("totalCount");
            hasNext = page.getBoolean("pageInfo.hasNextPage");
            after = page.getString("pageInfo.endCursor");
            pages++;
            assertThat(pages).as("pages").isLessThan(20);
        }
        assertThat(codes).hasSize((int) total).doesNotHaveDuplicates().isSorted();
        assertThat(total).isGreaterThanOrEqualTo(194);
        assertThat(pages).isEqualTo((int) Math.ceil(total / 40.0));
    }

    @Test
    void filtersByNameAndMembershipDateAndSorts() {
        given().queryParam("nameContains", "UNITED").queryParam("sort", "name").get("/member-states")
                .then().statusCode(200)
                .body("items.name", hasItems("United Kingdom", "United States of America", "United Arab Emirates"))
                .body("items.name", not(hasItem("China")));

        JsonPath window = given().queryParam("memberSinceFrom", "1980-01-01").queryParam("memberSinceTo", "1980-12-31")
                .get("/member-states").then().statusCode(200).extract().jsonPath();
        assertThat(window.getList("items.code", String.class)).contains("CN");
        assertThat(window.getList("items.memberSince", String.class))
                .allMatch(date -> date.compareTo("1980-01-01") >= 0 && date.compareTo("1980-12-31") <= 0);

        List<String> newestFirst = given().queryParam("memberSinceFrom", "1900-01-01").queryParam("sort", "-memberSince")
                .get("/member-states").then().statusCode(200).extract().jsonPath().getList("items.memberSince", String.class);
        assertThat(newestFirst).hasSizeGreaterThanOrEqualTo(20).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void batchReturnsKnownStatesInTheOrderAsked() {
        given().queryParam("codes", "FR,CN,ZZ,JP").get("/member-states/batch")
                .then().statusCode(200)
                .body("code", equalTo(List.of("FR", "CN", "JP")))
                .body("[1].name", equalTo("China"));
    }

    @Test
    void batchRefusesABadCodeOrTooManyCodes() {
        invalid(given().queryParam("codes", "CN,china").get("/member-states/batch"), "codes")
                .body("errors[0].message", containsString("china"));

        String tooMany = IntStream.range(0, 501).mapToObj(i -> "" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26))
                .collect(Collectors.joining(","));
        invalid(given().queryParam("codes", tooMany).get("/member-states/batch"), "codes");
    }

    @Test
    void registersReadsUpdatesAndRemovesAState() {
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("code", "XA", "alpha3", "XAA", "numeric", "901", "name", "Test Republic A",
                        "memberSince", "2001-02-03", "sources", List.of("https://example.org/xa"), "verified", "partial"))
                .post("/member-states")
                .then().statusCode(201)
                .body("code", equalTo("XA")).body("version", equalTo(0)).body("seats", hasSize(0))
                .extract().header("Location");
        assertThat(location).endsWith("/member-states/XA");

        given().get(location).then().statusCode(200)
                .body("name", equalTo("Test Republic A")).body("memberSince", equalTo("2001-02-03"))
                .body("sources", equalTo(List.of("https://example.org/xa"))).body("verified", equalTo("partial"));

        given().contentType(ContentType.JSON)
                .body(Map.of("alpha3", "XAA", "numeric", "901", "name", "Test Republic A (renamed)"))
                .put("/member-states/XA")
                .then().statusCode(200)
                .body("name", equalTo("Test Republic A (renamed)")).body("version", equalTo(1))
                .body("memberSince", nullValue()).body("verified", equalTo("no"));

        given().delete("/member-states/XA").then().statusCode(204);
        problem(given().get("/member-states/XA"), 404, "not-found").body("instance", equalTo("/member-states/XA"));
        problem(given().delete("/member-states/XA"), 404, "not-found");
    }

    @Test
    void refusesADuplicateAndWritesNothing() {
        register("XB", "XBB", "902", "Test Republic B");
        int version = given().get("/member-states/XB").then().extract().path("version");

        problem(given().contentType(ContentType.JSON)
                .body(Map.of("code", "XB", "alpha3", "XBC", "numeric", "903", "name", "Impostor"))
                .post("/member-states"), 409, "conflict")
                .body("errors[0].field", equalTo("code"));
        given().get("/member-states/XB").then().body("name", equalTo("Test Republic B")).body("version", equalTo(version));

        problem(given().contentType(ContentType.JSON)
                .body(Map.of("code", "XC", "alpha3", "CHN", "numeric", "904", "name", "Alpha-3 thief"))
                .post("/member-states"), 409, "conflict")
                .body("errors[0].field", equalTo("alpha3"))
                .body("detail", containsString("CN"));
        problem(given().get("/member-states/XC"), 404, "not-found");

        problem(given().contentType(ContentType.JSON)
                .body(Map.of("alpha3", "XBB", "numeric", "156", "name", "Numeric thief"))
                .put("/member-states/XB"), 409, "conflict")
                .body("errors[0].field", equalTo("numeric"));
        given().get("/member-states/XB").then().body("numeric", equalTo("902")).body("version", equalTo(version));
    }

    @Test
    void refusesInvalidInputNamingEachFieldAndWritesNothing() {
        problem(given().contentType(ContentType.JSON)
                .body(Map.of("code", "xd", "alpha3", "XD", "numeric", "9a5", "name", " ", "verified", "maybe",
                        "memberSince", "2999-01-01"))
                .post("/member-states"), 400, "validation")
                .body("errors.field", hasItems("code", "alpha3", "numeric", "name", "verified", "memberSince"));
        problem(given().get("/member-states/XD"), 404, "not-found");
        invalid(given().get("/member-states/xd"), "code");
        given().queryParam("codes", "XD").get("/member-states/batch").then().statusCode(200).body("", hasSize(0));

        invalid(given().contentType(ContentType.JSON)
                .body("{\"code\":\"XD\",\"alpha3\":\"XDD\",\"numeric\":\"905\",\"name\":\"D\",\"memberSince\":\"yesterday\"}")
                .post("/member-states"), "memberSince");
        problem(given().contentType(ContentType.JSON).body("{\"code\": \"XD\", ").post("/member-states"), 400, "validation");
        problem(given().contentType(ContentType.JSON).body("").post("/member-states"), 400, "validation");
        given().queryParam("codes", "XD").get("/member-states/batch").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void refusesInvalidQueryParametersNamingThem() {
        invalid(given().queryParam("memberSinceFrom", "1980-13-45").get("/member-states"), "memberSinceFrom");
        invalid(given().queryParam("first", 0).get("/member-states"), "first");
        invalid(given().queryParam("first", 501).get("/member-states"), "first");
        invalid(given().queryParam("sort", "population").get("/member-states"), "sort");
        invalid(given().queryParam("after", "not-a-cursor").get("/member-states"), "after");
        invalid(given().queryParam("body", "UN_SECURITY_COUNCIL").get("/member-states"), "body");
    }

    @Test
    void unknownStateIsNotFoundForEveryOperation() {
        problem(given().get("/member-states/QZ"), 404, "not-found").body("detail", containsString("QZ"));
        problem(given().contentType(ContentType.JSON).body(Map.of("alpha3", "QZZ", "numeric", "999", "name", "Nobody"))
                .put("/member-states/QZ"), 404, "not-found");
        problem(given().get("/member-states/QZ/seats"), 404, "not-found");
        problem(given().contentType(ContentType.JSON)
                .body(Map.of("body", "SCCR", "role", "MEMBER", "termFrom", "2020-01-01"))
                .post("/member-states/QZ/seats"), 404, "not-found");
    }

    @Test
    void managesSeatsOnWipoBodiesAndFiltersByBody() {
        register("XE", "XEE", "906", "Test Republic E");
        int seatId = given().contentType(ContentType.JSON)
                .body(Map.of("body", "CDIP", "role", "CHAIR", "termFrom", "2024-10-01", "termTo", "2025-09-30"))
                .post("/member-states/XE/seats")
                .then().statusCode(201).header("Location", containsString("/member-states/XE/seats/"))
                .body("body", equalTo("CDIP")).body("role", equalTo("CHAIR"))
                .extract().path("id");

        given().get("/member-states/XE").then().body("seats", hasSize(1)).body("seats[0].termTo", equalTo("2025-09-30"))
                .body("version", equalTo(1));
        given().queryParam("body", "CDIP").get("/member-states").then().statusCode(200)
                .body("items.code", equalTo(List.of("XE")));

        invalid(given().contentType(ContentType.JSON)
                .body(Map.of("body", "SCP", "role", "MEMBER", "termFrom", "2024-10-01", "termTo", "2023-01-01"))
                .post("/member-states/XE/seats"), "termTo");
        invalid(given().contentType(ContentType.JSON)
                .body(Map.of("body", "SECURITY_COUNCIL", "role", "MEMBER", "termFrom", "2024-10-01"))
                .post("/member-states/XE/seats"), "body");
        given().get("/member-states/XE/seats").then().statusCode(200).body("", hasSize(1));

        given().delete("/member-states/XE/seats/" + seatId).then().statusCode(204);
        problem(given().delete("/member-states/XE/seats/" + seatId), 404, "not-found");
        given().get("/member-states/XE").then().body("seats", hasSize(0)).body("version", equalTo(2));
    }

    @Test
    void searchesNamesAndCodesByWordPrefixesBestFirst() {
        given().queryParam("text", "korea").get("/member-states/search").then().statusCode(200)
                .body("state.code", hasItems("KR", "KP"))
                .body("rank", not(hasItem(0f)));
        given().queryParam("text", "united king").get("/member-states/search").then().statusCode(200)
                .body("state.name", equalTo(List.of("United Kingdom")));
        given().queryParam("text", "CHN").get("/member-states/search").then().statusCode(200)
                .body("[0].state.code", equalTo("CN"));
        given().queryParam("text", "qqqxxxzzz").get("/member-states/search").then().statusCode(200)
                .body("", hasSize(0));
        invalid(given().queryParam("text", " ").get("/member-states/search"), "text");
        invalid(given().get("/member-states/search"), "text");
    }

    @Test
    void servesHealthMetricsAndOpenApi() {
        ServiceEndpoints.assertHealthyWithMetrics();
        ServiceEndpoints.assertOpenApiDescribes("get /member-states/batch", "post /member-states/{code}/seats");
    }

    static void register(String code, String alpha3, String numeric, String name) {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "alpha3", alpha3, "numeric", numeric, "name", name))
                .post("/member-states").then().statusCode(201);
    }

    static boolean isTestCode(String code) {
        return code.equals("AA") || code.equals("ZZ") || code.matches("Q[M-Z]|X[A-Z]");
    }

}
