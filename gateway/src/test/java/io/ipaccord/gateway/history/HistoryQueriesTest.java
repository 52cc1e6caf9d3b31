package io.ipaccord.gateway.history;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.executeAs;
import static io.ipaccord.gateway.Inputs.newState;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.testing.auth.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code history} on member states, treaties and organisations, from the real services: who changed them (the subject
 * of the token the gateway forwarded, or the seed) and when. Code XO is user-assigned in ISO 3166, used by no other
 * test.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class HistoryQueriesTest {

    @Test
    void seededDataWasChangedByTheSeed() {
        execute("history", Map.of("state", "CN", "treaty", "BERNE", "organisation", "EU"))
                .body("errors", nullValue())
                .body("data.memberState.history[0].actor", equalTo("seed"))
                .body("data.memberState.history[0].type", equalTo(MemberStateEventType.REGISTERED.ceType()))
                .body("data.memberState.history[0].data", containsString("\"China\""))
                .body("data.treaty.history[0].actor", equalTo("seed"))
                .body("data.party.history.actor", everyItem(equalTo("seed")));
    }

    @Test
    void aMutationsWriterIsInTheHistory() {
        String erin = Tokens.bearer(Tokens.signed("erin", Set.of("editor")));
        executeAs(erin, "register-member-state", Map.of("input", newState("XO", "XOO", "988", "History Republic")))
                .body("errors", nullValue());
        executeAs(erin, "update-member-state", Map.of("code", "XO", "input",
                Map.of("alpha3", "XOO", "numeric", "988", "name", "History Republic, renamed")))
                .body("errors", nullValue());
        execute("history", Map.of("state", "XO", "treaty", "BERNE", "organisation", "EU"))
                .body("errors", nullValue())
                .body("data.memberState.history", hasSize(2))
                .body("data.memberState.history.actor", contains("erin", "erin"))
                .body("data.memberState.history.type", contains(MemberStateEventType.REGISTERED.ceType(),
                        MemberStateEventType.UPDATED.ceType()));
        // The tests of this profile share member-service: the seeded 194 states are all others expect.
        executeAs(Tokens.bearer(Tokens.admin()), "remove-member-state", Map.of("code", "XO"))
                .body("errors", nullValue());
    }
}
