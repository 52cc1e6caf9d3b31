package io.ipaccord.treaty;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Requests shared by the service tests. Test treaties are created through POST /treaties with codes starting
 * with {@value #TEST_PREFIX}, so they never collide with the 31 seeded ones.
 */
public final class Fixtures {

    public static final String TEST_PREFIX = "TEST_";

    private Fixtures() {
    }

    /** A treaty in force {@code months} after the {@code required}-th ratification or accession, later parties alike. */
    public static Map<String, Object> treaty(String code, int required, int months) {
        Map<String, Object> delay = Map.of("amount", months, "unit", "MONTHS", "anchor", "DEPOSIT");
        Map<String, Object> rule = new HashMap<>();
        rule.put("conditions", List.of(Map.of("count", required)));
        rule.put("initialDelay", delay);
        rule.put("laterPartyDelay", delay);
        rule.put("denunciationDelay", Map.of("amount", 1, "unit", "YEARS", "anchor", "DEPOSIT"));
        rule.put("sources", List.of("https://example.org/" + code.toLowerCase()));
        rule.put("verified", "yes");
        Map<String, Object> treaty = new HashMap<>();
        treaty.put("code", code);
        treaty.put("shortName", "Test treaty " + code);
        treaty.put("officialName", "Treaty " + code + " made up for a test");
        treaty.put("category", "IP_PROTECTION");
        treaty.put("adoptedPlace", "Geneva");
        treaty.put("adoptedDate", "2010-01-01");
        treaty.put("depositary", "Director General of WIPO");
        treaty.put("rule", rule);
        return treaty;
    }

    public static JsonPath createTreaty(String code, int required, int months) {
        return given().contentType(ContentType.JSON).body(treaty(code, required, months)).post("/treaties")
                .then().statusCode(201).extract().jsonPath();
    }

    public static Map<String, Object> instrument(String treaty, String state, String type, String depositDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("treaty", treaty);
        body.put("state", state);
        body.put("type", type);
        body.put("depositDate", depositDate);
        return body;
    }

    public static Response postInstrument(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/instruments");
    }

    /** Deposits and expects 201; answers the receipt (instrument and determinations). */
    public static JsonPath deposit(String treaty, String state, String type, String depositDate) {
        return postInstrument(instrument(treaty, state, type, depositDate)).then().statusCode(201).extract().jsonPath();
    }

    public static int instrumentCount(String treaty) {
        return given().queryParam("treaty", treaty).get("/instruments").then().statusCode(200).extract().jsonPath()
                .getList("id").size();
    }

    public static int instrumentCount(String treaty, String state) {
        return given().queryParam("treaty", treaty).queryParam("state", state).get("/instruments").then().statusCode(200)
                .extract().jsonPath().getList("id").size();
    }
}
