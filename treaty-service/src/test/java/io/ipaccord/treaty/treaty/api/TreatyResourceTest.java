package io.ipaccord.treaty.treaty.api;

import static io.ipaccord.testing.rest.ProblemAssertions.invalid;
import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.ipaccord.testing.rest.ServiceEndpoints;
import io.ipaccord.treaty.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The treaties API over real HTTP and PostgreSQL, on the seeded treaties and treaties made up for a test. */
@QuarkusTest
class TreatyResourceTest {

    @Test
    void seedHoldsThe31TreatiesWithTheirRulesActsAndSources() {
        List<String> codes = given().get("/treaties").then().statusCode(200).extract().jsonPath().getList("code", String.class);
        assertThat(codes.stream().filter(c -> !c.startsWith(Fixtures.TEST_PREFIX))).hasSize(31)
                .contains("WIPO_CONV", "PARIS", "BERNE", "BEIJING", "GRATK", "RDLT").isSorted();

        JsonPath beijing = given().get("/treaties/BEIJING").then().statusCode(200).extract().jsonPath();
        assertThat(beijing.getString("shortName")).isEqualTo("Beijing Treaty (BTAP)");
        assertThat(beijing.getString("category")).isEqualTo("IP_PROTECTION");
        assertThat(beijing.getString("adoptedPlace")).isEqualTo("Beijing");
        assertThat(beijing.getString("adoptedDate")).isEqualTo("2012-06-24");
        assertThat(beijing.getString("depositary")).isEqualTo("Director General of WIPO");
        assertThat(beijing.getList("acts")).isEmpty();
        assertThat(beijing.getList("rule.qualifyingTypes", String.class)).containsExactly("RATIFICATION", "ACCESSION", "ACCEPTANCE", "APPROVAL");
        assertThat(beijing.getInt("rule.conditions[0].count")).isEqualTo(30);
        assertThat(beijing.getString("rule.conditions[0].group")).isNull();
        assertThat(beijing.getMap("rule.initialDelay")).isEqualTo(Map.of("amount", 3, "unit", "MONTHS", "anchor", "DEPOSIT"));
        assertThat(beijing.getString("rule.recordedEntryIntoForce")).isEqualTo("2020-04-28");
        assertThat(beijing.getList("rule.sources", String.class)).hasSize(4).allMatch(s -> s.startsWith("http"));
        assertThat(beijing.getList("sources", String.class)).isNotEmpty().allMatch(s -> s.startsWith("http"));
        assertThat(beijing.getString("verified")).isEqualTo("yes");

        JsonPath wipo = given().get("/treaties/WIPO_CONV").then().statusCode(200).extract().jsonPath();
        assertThat(wipo.getString("category")).isEqualTo("CONSTITUENT");
        assertThat(wipo.getList("rule.conditions.group", String.class)).containsExactly("PARIS_UNION", "BERNE_UNION");
        assertThat(wipo.getList("rule.qualifyingTypes", String.class)).contains("SIGNATURE_WITHOUT_RESERVATION");

        given().get("/treaties/BERNE").then().statusCode(200)
                .body("acts.code", equalTo(List.of("PARIS_1971")))
                .body("acts[0].name", equalTo("Paris Act (1971)"))
                .body("acts[0].rule", nullValue())
                .body("rule.laterPartyDelay.anchor", equalTo("NOTIFICATION"));
        given().get("/treaties/ROME").then().body("depositary", equalTo("Secretary-General of the United Nations"));
        given().get("/treaties/HAGUE_GENEVA_1999").then()
                .body("verified", equalTo("partial"))
                .body("verificationNote", containsString("not verified"))
                .body("rule.conditions.group", hasItem("HAGUE_DESIGN_ACTIVITY"));
    }

    @Test
    void beijingIsNotInForceOnTheEveOfTheDateTheDepositaryPublished() {
        long indonesia = given().queryParam("treaty", "BEIJING").queryParam("state", "ID").get("/instruments")
                .then().statusCode(200).extract().jsonPath().getLong("find { it.type == 'RATIFICATION' }.id");

        given().queryParam("asOf", "2020-04-27").get("/treaties/BEIJING").then().statusCode(200)
                .body("asOf", equalTo("2020-04-27"))
                .body("status", equalTo("NOT_YET_IN_FORCE"))
                .body("entryIntoForce.date", equalTo("2020-04-28"))
                .body("entryIntoForce.derived", equalTo(false))
                .body("entryIntoForce.triggeringInstrumentId", equalTo((int) indonesia))
                .body("partyCount", equalTo(0));
        given().queryParam("asOf", "2020-04-28").get("/treaties/BEIJING").then()
                .body("status", equalTo("IN_FORCE"))
                .body("partyCount", equalTo(30));
    }

    @Test
    void beijingsFirstPartiesAreBoundFromItsEntryIntoForce() {
        JsonPath parties = given().queryParam("asOf", "2020-05-01").get("/treaties/BEIJING/parties")
                .then().statusCode(200).extract().jsonPath();
        // The depositary's 30 first parties, the six of the project's reference data among them.
        assertThat(parties.getList("findAll { it.status == 'BOUND' }.state", String.class)).hasSize(30)
                .contains("BW", "CN", "ID", "JP", "MD", "NG");
        assertThat(parties.getList("findAll { it.status == 'BOUND' }.bound", String.class)).containsOnly("2020-04-28");
        assertThat(parties.getList("findAll { it.status == 'BOUND' }.computedBound", String.class)).containsOnly("2020-04-28");
        assertThat(parties.getList("treaty", String.class)).containsOnly("BEIJING");
        Map<String, Object> china = parties.getMap("find { it.state == 'CN' }");
        assertThat(china).containsEntry("signed", "2012-06-26").containsEntry("instrumentType", "RATIFICATION")
                .containsEntry("deposited", "2014-07-09").containsEntry("denouncedEffective", null);

        JsonPath eve = given().queryParam("asOf", "2020-04-27").get("/treaties/BEIJING/parties").then().statusCode(200)
                .extract().jsonPath();
        assertThat(eve.getList("findAll { it.status == 'BOUND' }")).isEmpty();
        assertThat(eve.getList("findAll { it.status == 'CONTRACTING_NOT_YET_BOUND' && it.bound == '2020-04-28' }.state", String.class))
                .hasSize(30).contains("CN", "ID");
        // On 2013-01-01 the treaty had 55 signatories and no instrument yet.
        given().queryParam("asOf", "2013-01-01").get("/treaties/BEIJING/parties").then().statusCode(200)
                .body("state", hasItems("CN", "ID"))
                .body("state.size()", equalTo(55))
                .body("status", everyItem(equalTo("SIGNATORY")));
    }

    @Test
    void statusFollowsTheDate() {
        given().queryParam("asOf", "2012-06-23").get("/treaties/BEIJING").then()
                .body("status", equalTo("NOT_YET_ADOPTED")).body("entryIntoForce", nullValue());
        given().queryParam("asOf", "2019-12-31").get("/treaties/BEIJING").then()
                .body("status", equalTo("ADOPTED")).body("entryIntoForce", nullValue());
        given().get("/treaties/GRATK").then().body("status", equalTo("ADOPTED")).body("entryIntoForce", nullValue());
        given().get("/treaties/WCT").then().body("status", equalTo("IN_FORCE"))
                .body("entryIntoForce.date", equalTo("2002-03-06"));
    }

    @Test
    void filtersByCategoryStatusAndParty() {
        given().queryParam("category", "CLASSIFICATION").get("/treaties").then().statusCode(200)
                .body("category", everyItem(equalTo("CLASSIFICATION")))
                .body("code", hasItems("NICE", "LOCARNO", "STRASBOURG_IPC", "VIENNA"));
        given().queryParam("status", "IN_FORCE").queryParam("asOf", "2020-04-27").get("/treaties").then().statusCode(200)
                .body("status", everyItem(equalTo("IN_FORCE")))
                .body("code", hasItems("WCT", "PCT")).body("code", not(hasItem("BEIJING")));
        given().queryParam("status", "NOT_YET_IN_FORCE").queryParam("asOf", "2020-04-27").get("/treaties").then()
                .body("code", hasItem("BEIJING"));
        given().queryParam("party", "CN").queryParam("asOf", "2020-05-01").get("/treaties").then().statusCode(200)
                .body("code", hasItems("BEIJING", "BERNE", "PARIS", "PCT", "MADRID_MARKS", "MADRID_PROTOCOL", "WCT"))
                .body("code", not(hasItem("MARRAKESH")));
        given().queryParam("party", "CN").queryParam("asOf", "2020-04-27").get("/treaties").then()
                .body("code", not(hasItem("BEIJING")));
        given().queryParam("party", "CN").queryParam("category", "IP_PROTECTION").queryParam("asOf", "2020-05-01")
                .get("/treaties").then().body("code", hasItems("BEIJING", "BERNE", "PARIS", "WCT"))
                .body("code", not(hasItem("MARRAKESH")));
    }

    @Test
    void batchAnswersKnownTreatiesInTheOrderAsked() {
        given().queryParam("codes", "WCT,BEIJING,NO_SUCH_TREATY,BERNE").queryParam("asOf", "2020-04-27")
                .get("/treaties/batch").then().statusCode(200)
                .body("code", equalTo(List.of("WCT", "BEIJING", "BERNE")))
                .body("[1].status", equalTo("NOT_YET_IN_FORCE"))
                .body("asOf", everyItem(equalTo("2020-04-27")));
    }

    @Test
    void refusesBadParametersNamingThem() {
        invalid(given().queryParam("asOf", "2020-02-30").get("/treaties/BEIJING"), "asOf");
        invalid(given().queryParam("category", "COPYRIGHT").get("/treaties"), "category");
        invalid(given().queryParam("status", "TERMINATED").get("/treaties"), "status");
        invalid(given().queryParam("party", "china").get("/treaties"), "party");
        invalid(given().get("/treaties/beijing"), "code");
        invalid(given().get("/treaties/batch"), "codes");
        problem(given().queryParam("codes", "BEIJING,beijing").get("/treaties/batch"), 400, "validation")
                .body("errors[0].message", containsString("beijing"));
        String tooMany = IntStream.range(0, 201).mapToObj(i -> "T" + i).collect(Collectors.joining(","));
        invalid(given().queryParam("codes", tooMany).get("/treaties/batch"), "codes");
    }

    @Test
    void anUnknownTreatyIsNotFound() {
        problem(given().get("/treaties/NO_SUCH_TREATY"), 404, "not-found")
                .body("detail", containsString("NO_SUCH_TREATY")).body("instance", equalTo("/treaties/NO_SUCH_TREATY"));
        problem(given().get("/treaties/NO_SUCH_TREATY/parties"), 404, "not-found");
        problem(given().get("/treaties/NO_SUCH_TREATY/instruments"), 404, "not-found");
    }

    @Test
    void registersATreatyWithActsAndAnActRule() {
        Map<String, Object> body = Fixtures.treaty("TEST_REGISTERED", 5, 3);
        Map<String, Object> actRule = Map.of("qualifyingTypes", List.of("RATIFICATION", "ACCESSION"),
                "conditions", List.of(Map.of("count", 6), Map.of("count", 3, "group", "DESIGN_ACTIVITY")),
                "initialDelay", Map.of("amount", 3, "unit", "MONTHS", "anchor", "DEPOSIT"),
                "laterPartyDelay", Map.of("amount", 3, "unit", "MONTHS", "anchor", "NOTIFICATION"),
                "partyMayNameLaterDate", true, "verified", "partial");
        body.put("acts", List.of(Map.of("code", "LONDON_1934", "name", "London Act (1934)"),
                Map.of("code", "GENEVA_1999", "name", "Geneva Act (1999)", "rule", actRule)));
        body.put("sources", List.of("https://example.org/registered"));
        body.put("verified", "partial");
        body.put("verificationNote", "dates only");

        String location = given().contentType(ContentType.JSON).body(body).post("/treaties")
                .then().statusCode(201)
                .body("code", equalTo("TEST_REGISTERED"))
                .body("version", equalTo(0))
                .body("status", equalTo("ADOPTED"))
                .body("partyCount", equalTo(0))
                .extract().header("Location");
        assertThat(location).endsWith("/treaties/TEST_REGISTERED");

        given().get(location).then().statusCode(200)
                .body("rule.conditions.count", equalTo(List.of(5)))
                .body("rule.conditions[0].group", nullValue())
                .body("rule.denunciationDelay.unit", equalTo("YEARS"))
                .body("acts.code", equalTo(List.of("LONDON_1934", "GENEVA_1999")))
                .body("acts[0].rule", nullValue())
                .body("acts[0].status", nullValue())
                .body("acts[1].rule.conditions[1].group", equalTo("DESIGN_ACTIVITY"))
                .body("acts[1].rule.partyMayNameLaterDate", equalTo(true))
                .body("acts[1].rule.laterPartyDelay.anchor", equalTo("NOTIFICATION"))
                .body("acts[1].status", equalTo("ADOPTED"))
                .body("verificationNote", equalTo("dates only"));

        problem(given().contentType(ContentType.JSON).body(Fixtures.treaty("TEST_REGISTERED", 2, 1)).post("/treaties"),
                409, "conflict").body("errors[0].field", equalTo("code"));
        given().get(location).then().body("rule.conditions[0].count", equalTo(5)).body("version", equalTo(0));
    }

    @Test
    void refusesAnInvalidTreatyNamingEachFieldAndWritesNothing() {
        Map<String, Object> body = Fixtures.treaty("test_lower", 0, 3);
        body.put("shortName", " ");
        @SuppressWarnings("unchecked")
        Map<String, Object> rule = new HashMap<>((Map<String, Object>) body.get("rule"));
        rule.put("verified", "maybe");
        body.put("rule", rule);
        problem(given().contentType(ContentType.JSON).body(body).post("/treaties"), 400, "validation")
                .body("errors.field", hasItems("code", "shortName", "rule.conditions[0].count", "rule.verified"));

        refused("TEST_SIGNATURE_COUNTS", rule(r -> r.put("qualifyingTypes", List.of("SIGNATURE"))), "rule.qualifyingTypes");
        refused("TEST_NO_DELAY", rule(r -> r.remove("initialDelay")), "rule.initialDelay");
        refused("TEST_BOTH_GROUPS", rule(r -> r.put("conditions", List.of(Map.of("count", 2, "group", "A", "notInGroup", "B")))),
                "rule.conditions[0]");
        Map<String, Object> twice = Fixtures.treaty("TEST_ACT_TWICE", 2, 3);
        twice.put("acts", List.of(Map.of("code", "ONE", "name", "One"), Map.of("code", "ONE", "name", "Again")));
        invalid(given().contentType(ContentType.JSON).body(twice).post("/treaties"), "acts[1].code");
        invalid(given().contentType(ContentType.JSON).body("{\"code\":\"TEST_BAD_CATEGORY\",\"category\":\"COPYRIGHT\"}")
                .post("/treaties"), "category");
        problem(given().contentType(ContentType.JSON).body("{\"code\": ").post("/treaties"), 400, "validation");

        for (String code : List.of("TEST_SIGNATURE_COUNTS", "TEST_NO_DELAY", "TEST_BOTH_GROUPS", "TEST_ACT_TWICE", "TEST_BAD_CATEGORY")) {
            problem(given().get("/treaties/" + code), 404, "not-found");
        }
    }

    @Test
    void servesHealthMetricsAndOpenApi() {
        ServiceEndpoints.assertHealthyWithMetrics();
        ServiceEndpoints.assertOpenApiDescribes("get /treaties/{code}/parties", "get /memberships/by-treaty/batch",
                "delete /instruments/{id}");
    }

    private static Map<String, Object> rule(java.util.function.Consumer<Map<String, Object>> change) {
        @SuppressWarnings("unchecked")
        Map<String, Object> rule = new HashMap<>((Map<String, Object>) Fixtures.treaty("X", 2, 3).get("rule"));
        change.accept(rule);
        return rule;
    }

    private static void refused(String code, Map<String, Object> rule, String field) {
        Map<String, Object> body = Fixtures.treaty(code, 2, 3);
        body.put("rule", rule);
        invalid(given().contentType(ContentType.JSON).body(body).post("/treaties"), field);
    }
}
