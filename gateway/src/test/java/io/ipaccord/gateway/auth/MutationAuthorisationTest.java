package io.ipaccord.gateway.auth;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.executeAs;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static io.ipaccord.gateway.Inputs.newState;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.BackendServicesTestResource;
import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.testing.auth.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Mutations need a token with the right role, checked by the gateway before any backend call (nothing is written and
 * member-service sees no request); queries need none. Codes XH..XJ are user-assigned in ISO 3166, used by no other test.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class MutationAuthorisationTest {

    @Test
    void queriesNeedNoToken() {
        executeAs(null, "member-state", Map.of("code", "CN"))
                .body("errors", nullValue())
                .body("data.memberState.name", equalTo("China"));
    }

    @Test
    void aMutationWithoutAValidTokenIsUnauthenticatedAndWritesNothing() {
        Map<String, Object> variables = Map.of("input", newState("XH", "XHH", "981", "Refused Republic"));
        Map<String, Long> before = ServiceMetrics.MEMBER_SERVICE.requests();
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("no token", null);
        callers.put("expired", Tokens.bearer(Tokens.expired("editor")));
        callers.put("signed by another key", Tokens.bearer(Tokens.wrongKey("editor")));
        callers.put("from another issuer", Tokens.bearer(Tokens.wrongIssuer("editor")));
        callers.put("not a JWT", Tokens.bearer("not-a-jwt"));
        callers.forEach((what, authorization) ->
                refused(executeAs(authorization, "register-member-state", variables), "registerMemberState",
                        "UNAUTHENTICATED").body("errors", hasSize(1)));
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(before)).as("requests member-service served").isEmpty();
        executeAs(null, "member-state", Map.of("code", "XH")).body("data.memberState", nullValue());
    }

    @Test
    void aTokenWithoutTheRoleIsForbidden() {
        refused(executeAs(Tokens.bearer(Tokens.reader()), "register-member-state",
                Map.of("input", newState("XH", "XHH", "981", "Refused Republic"))), "registerMemberState", "FORBIDDEN")
                .body("errors[0].message", containsString("editor"));
        execute("register-member-state", Map.of("input", newState("XI", "XII", "982", "Kept Republic")))
                .body("errors", nullValue());
        // Removals need admin: an editor may register but not remove.
        refused(executeAs(Tokens.bearer(Tokens.editor()), "remove-member-state", Map.of("code", "XI")),
                "removeMemberState", "FORBIDDEN").body("errors[0].message", containsString("admin"));
        executeAs(null, "member-state", Map.of("code", "XI")).body("data.memberState.name", equalTo("Kept Republic"));
        executeAs(Tokens.bearer(Tokens.admin()), "remove-member-state", Map.of("code", "XI"))
                .body("errors", nullValue()).body("data.removeMemberState", equalTo(true));
    }

    /** The editor's token reaches member-service, which verifies it again and records the write. */
    @Test
    void anEditorsMutationIsForwardedWithItsToken() {
        executeAs(Tokens.bearer(Tokens.editor()), "register-member-state",
                Map.of("input", newState("XJ", "XJJ", "983", "Editor's Republic")))
                .body("errors", nullValue())
                .body("data.registerMemberState.code", equalTo("XJ"));
        given().noFilters().baseUri(ConfigProvider.getConfig()
                .getValue(BackendServicesTestResource.MEMBER_SERVICE_URL, String.class)).get("/member-states/XJ")
                .then().statusCode(200).body("name", equalTo("Editor's Republic"));
        // The tests of this profile share member-service: the seeded 194 states are all others expect.
        executeAs(Tokens.bearer(Tokens.admin()), "remove-member-state", Map.of("code", "XJ"))
                .body("errors", nullValue());
    }
}
