package io.ipaccord.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The GraphQL over HTTP statuses and media types that graphql-http's audits check
 * ({@code bench/graphql-http/audit.sh}), over real HTTP: the answer's media type follows {@code Accept}; malformed
 * requests are 4xx before anything runs; a document that does not parse or validate is 200 under
 * {@code application/json} and 400 under {@code application/graphql-response+json}, without data and with a code.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class GraphQLOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String JSON = "application/json";
    private static final String TYPENAME = "{\"query\":\"{ __typename }\"}";

    @Test
    void theAnswerIsInTheMediaTypeTheClientAccepts() {
        post(GRAPHQL_RESPONSE, TYPENAME).statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data.__typename", equalTo("Query"));
        post(JSON, TYPENAME).statusCode(200).contentType(startsWith(JSON));
        post("*/*", TYPENAME).statusCode(200).contentType(startsWith(JSON));
        post("application/json;q=0.5, application/graphql-response+json", TYPENAME).statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE));
        given().contentType(JSON).body(TYPENAME).post("/graphql").then().statusCode(200).contentType(startsWith(JSON));
    }

    @Test
    void aMediaTypeItCannotAnswerIn406() {
        post("text/html", TYPENAME).statusCode(406).body("errors[0].extensions.code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void aPostBodyThatIsNotJson415() {
        given().accept(GRAPHQL_RESPONSE).contentType("text/plain").body(TYPENAME).post("/graphql")
                .then().statusCode(415).header("Accept", JSON)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void malformedRequestsAre400WithACode() {
        for (String body : new String[] {
            "", "{ \"not a JSON", "[]", "{\"notquery\":\"{ __typename }\"}", "{\"query\":0}", "{\"query\":[\"a\"]}",
            "{\"query\":\"{ __typename }\",\"operationName\":false}",
            "{\"query\":\"{ __typename }\",\"variables\":\"string\"}",
            "{\"query\":\"{ __typename }\",\"variables\":[\"array\"]}",
            "{\"query\":\"{ __typename }\",\"extensions\":0}" }) {
            for (String accept : new String[] { JSON, GRAPHQL_RESPONSE }) {
                post(accept, body).statusCode(400).contentType(startsWith(accept))
                        .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
            }
        }
    }

    @Test
    void nullParametersAreAbsentParameters() {
        post(GRAPHQL_RESPONSE, "{\"query\":\"{ __typename }\",\"operationName\":null,\"variables\":null,"
                + "\"extensions\":null}").statusCode(200).body("errors", nullValue());
    }

    @Test
    void aDocumentThatDoesNotParseHasACodeAnd400UnderGraphqlResponseJson() {
        String unparseable = "{\"query\":\"{\"}";

        post(JSON, unparseable).statusCode(200).body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].locations[0].line", equalTo(1));
        post(GRAPHQL_RESPONSE, unparseable).statusCode(400).body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void validationAndVariableFailuresAre400UnderGraphqlResponseJson() {
        String unknownField = "{\"query\":\"{ noSuchField }\"}";
        String nullForNonNull = "{\"query\":\"query($code: ID!) { memberState(code: $code) { name } }\","
                + "\"variables\":{\"code\":null}}";

        post(JSON, unknownField).statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        post(GRAPHQL_RESPONSE, unknownField).statusCode(400).body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        post(JSON, nullForNonNull).statusCode(200);
        post(GRAPHQL_RESPONSE, nullForNonNull).statusCode(400).body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void getRunsQueriesButNoMutations() {
        given().accept(GRAPHQL_RESPONSE)
                .queryParams(Map.of("query", "query Type($name: String!) { __type(name: $name) { name } }",
                        "variables", "{\"name\":\"MemberState\"}"))
                .get("/graphql").then().statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data.__type.name", equalTo("MemberState"));
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "mutation { __typename }")
                .get("/graphql").then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        given().accept(JSON).queryParam("query", "{ __typename }").queryParam("variables", "[1]")
                .get("/graphql").then().statusCode(400);
    }

    @Test
    void otherMethodsAre405() {
        given().accept(JSON).contentType(JSON).body(TYPENAME).put("/graphql")
                .then().statusCode(405).header("Allow", "GET, POST");
    }

    private static ValidatableResponse post(String accept, String body) {
        RequestSpecification request = given().accept(accept).contentType(JSON);
        if (!body.isEmpty()) {
            request.body(body);
        }
        return request.post("/graphql").then();
    }
}
