package io.ipaccord.gateway;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * treaty-service's REST API called directly, for what the gateway does not offer (registering a treaty) and for
 * preparing many instruments quickly. Test treaties have codes starting with {@code TEST_}, never in the seed.
 */
public final class TreatyServiceApi {

    private TreatyServiceApi() {
    }

    /** Registers a treaty in force {@code months} after the {@code required}-th ratification or accession; later
     * parties are bound {@code months} after their own deposit. */
    public static void createTreaty(String code, int required, int months) {
        Map<String, Object> delay = Map.of("amount", months, "unit", "MONTHS", "anchor", "DEPOSIT");
        Map<String, Object> rule = Map.of("conditions", List.of(Map.of("count", required)), "initialDelay", delay,
                "laterPartyDelay", delay, "sources", List.of("https://example.org/" + code.toLowerCase()),
                "verified", "yes");
        Map<String, Object> treaty = Map.of("code", code, "shortName", "Test treaty " + code,
                "officialName", "Treaty " + code + " made up for a gateway test", "category", "IP_PROTECTION",
                "adoptedPlace", "Geneva", "adoptedDate", "2010-01-01", "depositary", "Director General of WIPO",
                "rule", rule);
        request().body(treaty).post("/treaties").then().statusCode(201);
    }

    /** Deposits an instrument; answers its id. */
    public static long deposit(String treaty, String state, String type, String depositDate) {
        Number id = request().body(Map.of("treaty", treaty, "state", state, "type", type, "depositDate", depositDate))
                .post("/instruments").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    private static RequestSpecification request() {
        URI url = URI.create(ConfigProvider.getConfig()
                .getValue(BackendServicesTestResource.TREATY_SERVICE_URL, String.class));
        return given().baseUri(url.getScheme() + "://" + url.getHost()).port(url.getPort())
                .contentType(ContentType.JSON);
    }
}
