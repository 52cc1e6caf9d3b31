package io.ipaccord.gateway;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** The packaged gateway (quarkus-run.jar) serves what operators and developers reach for. */
@QuarkusIntegrationTest
@TestProfile(BackendDownProfile.class)
class GatewayPackagedIT {

    @Test
    void servesTheGraphqlUiHealthAndMetrics() {
        given().get("/q/graphql-ui/").then().statusCode(200).contentType(containsString("text/html"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("ipaccord_gateway_subscriptions_active"),
                containsString("ipaccord_gateway_feed_partitions"));
        given().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("type MemberState"), containsString("type Treaty"));
    }

    @Test
    void answersWithCodedErrorsWhenTheBackendsAreDown() {
        execute("member-state", Map.of("code", "CN"))
                .body("data.memberState", equalTo(null))
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].extensions.service", equalTo("member-service"));
        execute("treaty", Map.of("code", "BEIJING"))
                .body("data.treaty", equalTo(null))
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                .body("errors[0].extensions.service", equalTo("treaty-service"));
    }
}
