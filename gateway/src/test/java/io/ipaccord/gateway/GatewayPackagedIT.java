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
        given().get("/q/metrics").then().statusCode(200).body(containsString("ipaccord_gateway_subscriptions_active"));
        given().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type MemberState"));
    }

    @Test
    void answersWithCodedErrorsWhenMemberServiceIsDown() {
        execute("member-state", Map.of("code", "CN"))
                .body("data.memberState", equalTo(null))
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"));
    }
}
