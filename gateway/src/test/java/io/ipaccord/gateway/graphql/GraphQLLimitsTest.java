package io.ipaccord.gateway.graphql;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQueryBuilder;
import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Depth and complexity limits refuse a document before it reaches any backend; GraphiQL still works. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class GraphQLLimitsTest {

    @Test
    void overDeepQueryIsRefusedBeforeAnyBackendCall() {
        Map<String, Long> before = ServiceMetrics.MEMBER_SERVICE.requests();

        execute("too-deep")
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", equalTo("The query nests 17 levels deep; at most 15 are allowed"));

        assertThat(ServiceMetrics.MEMBER_SERVICE.since(before)).isEmpty();
    }

    @Test
    void overComplexQueryIsRefusedBeforeAnyBackendCall() {
        Map<String, Long> before = ServiceMetrics.MEMBER_SERVICE.requests();

        execute("too-complex")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", containsString("more than 500 fields"));

        assertThat(ServiceMetrics.MEMBER_SERVICE.since(before)).isEmpty();
    }

    @Test
    void graphiqlIntrospectionFitsTheLimits() {
        // GraphiQL's introspection query nests its type references nine levels deep
        String introspection = IntrospectionQueryBuilder.build(
                IntrospectionQueryBuilder.Options.defaultOptions().typeRefFragmentDepth(9));

        post(introspection, Map.of())
                .body("errors", nullValue())
                .body("data.__schema.types.name", not(empty()));
    }

    @Test
    void graphqlErrorsOfTheEngineHaveCodesToo() {
        post("{ memberStates { nodez } }", Map.of())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void graphqlUiIsServed() {
        given().get("/q/graphql-ui/").then().statusCode(200).contentType(containsString("text/html"));
    }
}
