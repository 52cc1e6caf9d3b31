package io.ipaccord.gateway.memberstate;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.GraphQLDocuments.fields;
import static io.ipaccord.gateway.GraphQLErrors.refused;
import static io.ipaccord.gateway.Inputs.newState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Mutations forwarded to the real member-service. Codes XA..XZ are user-assigned in ISO 3166, never in the seed. */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class MemberStateMutationsTest {

    @Test
    void registerThenQueryUpdateAndRemove() {
        Map<String, Object> input = newState("XA", "XAA", "901", "Xanadu");
        input.put("memberSince", "2020-01-02");
        input.put("sources", List.of("https://example.org/xanadu"));
        input.put("verified", "PARTIAL");

        fields(execute("register-member-state", Map.of("input", input))
                .body("errors", nullValue()), "data.registerMemberState",
                "code", "XA", "memberSince", "2020-01-02", "sources", contains("https://example.org/xanadu"),
                "verified", "PARTIAL", "bodies", hasSize(0));
        int version = execute("member-state", Map.of("code", "XA"))
                .body("data.memberState.name", equalTo("Xanadu"))
                .extract().path("data.memberState.version");

        Map<String, Object> update = new HashMap<>(Map.of("alpha3", "XAA", "numeric", "901", "name", "Xanadu Republic",
                "verified", "YES"));
        fields(execute("update-member-state", Map.of("code", "XA", "input", update))
                .body("errors", nullValue()), "data.updateMemberState",
                "name", "Xanadu Republic", "memberSince", nullValue(), "verified", "YES",
                "version", equalTo(version + 1));

        execute("remove-member-state", Map.of("code", "XA"))
                .body("errors", nullValue())
                .body("data.removeMemberState", equalTo(true));
        execute("member-state", Map.of("code", "XA"))
                .body("errors", nullValue())
                .body("data.memberState", nullValue());
    }

    @Test
    void invalidInputIsAValidationErrorNamingTheFields() {
        refused(execute("register-member-state", Map.of("input", newState("x1", "XBB", "902", " "))),
                "registerMemberState", "VALIDATION")
                .body("errors", hasSize(1))
                .body("errors[0].extensions.fields", hasItems("code", "name"))
                .body("errors[0].extensions.violations.field", hasItems("code", "name"))
                .body("errors[0].message", containsString("name: must not be blank"));
    }

    @Test
    void registeringAKnownCodeIsAConflict() {
        refused(execute("register-member-state", Map.of("input", newState("CN", "XCC", "903", "Another China"))),
                "registerMemberState", "CONFLICT", "code")
                .body("errors[0].message", containsString("CN"));
    }

    @Test
    void changingAnUnknownStateIsNotFound() {
        refused(execute("update-member-state", Map.of("code", "XZ", "input",
                Map.of("alpha3", "XZZ", "numeric", "926", "name", "Nowhere"))), "updateMemberState", "NOT_FOUND");
        refused(execute("remove-member-state", Map.of("code", "XZ")), "removeMemberState", "NOT_FOUND");
    }

    @Test
    void aBlankCodeIsAValidationErrorAndReachesNoBackend() {
        Map<String, Long> before = ServiceMetrics.MEMBER_SERVICE.requests();

        refused(execute("update-member-state", Map.of("code", " ", "input",
                Map.of("alpha3", "XZZ", "numeric", "926", "name", "Nowhere"))), "updateMemberState", "VALIDATION", "code");
        refused(execute("remove-member-state", Map.of("code", " ")), "removeMemberState", "VALIDATION", "code");

        assertThat(ServiceMetrics.MEMBER_SERVICE.since(before)).as("requests member-service received").isEmpty();
    }

    @Test
    void seatsAreAddedAndRemoved() {
        execute("register-member-state", Map.of("input", newState("XD", "XDD", "904", "Xandria")))
                .body("errors", nullValue());
        try {
            String seatId = execute("add-body-seat", Map.of("code", "XD", "input",
                    Map.of("body", "SCCR", "role", "VICE_CHAIR", "termFrom", "2024-01-01", "termTo", "2025-12-31")))
                    .body("errors", nullValue())
                    .body("data.addBodySeat.id", notNullValue())
                    .body("data.addBodySeat.role", equalTo("VICE_CHAIR"))
                    .extract().path("data.addBodySeat.id");
            execute("member-state", Map.of("code", "XD"))
                    .body("data.memberState.bodies.body", contains("SCCR"))
                    .body("data.memberState.bodies[0].termTo", equalTo("2025-12-31"));

            execute("remove-body-seat", Map.of("code", "XD", "seatId", seatId))
                    .body("errors", nullValue())
                    .body("data.removeBodySeat", equalTo(true));
            execute("member-state", Map.of("code", "XD")).body("data.memberState.bodies", hasSize(0));
        } finally {
            execute("remove-member-state", Map.of("code", "XD"));
        }
    }
}
