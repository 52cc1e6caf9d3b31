package io.ipaccord.gateway.auth;

import static io.ipaccord.gateway.GraphQLDocuments.executeAs;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static io.ipaccord.gateway.Inputs.newState;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.ipaccord.testing.auth.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The gateway forwards the caller's token and member-service verifies it again: where the gateway would let a mutation
 * through (it reads roles from {@link RolesFromAnotherClaimProfile#CLAIM}), the backend's own refusal reaches the
 * client as the same GraphQL code, and nothing is written.
 */
@QuarkusTest
@TestProfile(RolesFromAnotherClaimProfile.class)
class BackendVerifiesTokenTest {

    @Test
    void theBackendsForbiddenReachesTheClientAndNothingIsRemoved() {
        String editorForTheGateway = Tokens.bearer(Tokens.custom(claims -> claims
                .claim(RolesFromAnotherClaimProfile.CLAIM, List.of("admin")).groups(Set.of("editor"))));
        executeAs(editorForTheGateway, "register-member-state",
                Map.of("input", newState("XK", "XKK", "984", "Forwarded Republic")))
                .body("errors", nullValue()).body("data.registerMemberState.code", equalTo("XK"));

        refused(executeAs(editorForTheGateway, "remove-member-state", Map.of("code", "XK")),
                "removeMemberState", "FORBIDDEN")
                .body("errors[0].message", containsString("member-service"));
        executeAs(null, "member-state", Map.of("code", "XK"))
                .body("data.memberState.name", equalTo("Forwarded Republic"));
    }

    @Test
    void aTokenWithRolesOnlyForTheGatewayIsRefusedByTheBackend() {
        String withoutBackendRoles = Tokens.bearer(Tokens.custom(claims -> claims
                .claim(RolesFromAnotherClaimProfile.CLAIM, List.of("editor"))));
        // groups absent: member-service sees a valid token without a role (403, not 401)
        refused(executeAs(withoutBackendRoles, "register-member-state",
                Map.of("input", newState("XL", "XLL", "985", "Refused Republic"))), "registerMemberState", "FORBIDDEN")
                .body("errors[0].message", containsString("member-service"));
        executeAs(null, "member-state", Map.of("code", "XL")).body("data.memberState", nullValue());
    }
}
