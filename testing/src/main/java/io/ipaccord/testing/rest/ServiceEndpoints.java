package io.ipaccord.testing.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Checks of what every service offers besides its API: health, metrics and its OpenAPI document. */
public final class ServiceEndpoints {

    private ServiceEndpoints() {
    }

    /** Ready (status UP) and live, and the outbox relay's metrics published (every service writes through it). */
    public static void assertHealthyWithMetrics() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("ipaccord_outbox_published_total"));
    }

    /** The OpenAPI document (JSON) describes each operation, written {@code "get /member-states/batch"}. */
    public static void assertOpenApiDescribes(String... operations) {
        var document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        for (String operation : operations) {
            String[] methodAndPath = operation.split(" ", 2);
            document.body("paths.'" + methodAndPath[1] + "'." + methodAndPath[0], not(nullValue()));
        }
    }
}
