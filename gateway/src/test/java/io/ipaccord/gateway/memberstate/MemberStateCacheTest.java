package io.ipaccord.gateway.memberstate;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.ipaccord.gateway.Inputs.newState;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.BackendServicesTestResource;
import io.ipaccord.gateway.GatewayMetrics;
import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.gateway.ServicesProfile;
import io.ipaccord.testing.auth.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The gateway's member-state cache over the real member-service and the real member-states topic: a state read again
 * costs no backend call, nor does a page of {@code memberStates} asked again, a change made at member-service itself (not through this gateway) reaches the gateway through
 * the topic well before the cache's 30 s maximum age, and the gateway's own mutations are read back at once.
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class MemberStateCacheTest {

    private static final String CODE = "XC";
    /** Well under the cache's maximum age (30 s): only the topic can have evicted the state in that time. */
    private static final Duration THROUGH_THE_TOPIC = Duration.ofSeconds(10);

    @BeforeEach
    void register() {
        GatewayMetrics.awaitFeedAssigned(MemberStateChangeFeed.CHANNEL);
        execute("register-member-state", Map.of("input", newState(CODE, "XCC", "984", "Cached Republic")))
                .body("errors", nullValue());
    }

    @AfterEach
    void remove() {
        // The tests of this profile share member-service: the seeded 194 states are all others expect.
        execute("remove-member-state", Map.of("code", CODE)).body("errors", nullValue());
    }

    @Test
    void aStateReadAgainCostsNoBackendCall() {
        Map<String, Long> before = ServiceMetrics.MEMBER_SERVICE.requests();
        assertThat(name(CODE)).isEqualTo("Cached Republic");
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(before)).isEqualTo(Map.of("/member-states/batch", 1L));

        Map<String, Long> again = ServiceMetrics.MEMBER_SERVICE.requests();
        assertThat(name(CODE)).isEqualTo("Cached Republic");
        execute("member-states-by-code", Map.of("codes", List.of(CODE, "xc")))
                .body("errors", nullValue())
                .body("data.memberStatesByCode.name", contains("Cached Republic", "Cached Republic"));
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(again)).isEmpty();
    }

    @Test
    void aChangeMadeAtMemberServiceReachesTheGatewayThroughTheTopic() {
        assertThat(name(CODE)).isEqualTo("Cached Republic");
        Map<String, Long> before = ServiceMetrics.MEMBER_SERVICE.requests();
        assertThat(name(CODE)).isEqualTo("Cached Republic");
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(before)).as("the second read came from the cache").isEmpty();

        rename("Renamed Republic");

        await("the rename through the member-states topic").atMost(THROUGH_THE_TOPIC)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> name(CODE), "Renamed Republic"::equals);
    }

    @Test
    void aListPageIsKeptUntilAnyStateChanges() {
        Map<String, Object> republics = Map.of("filter", Map.of("nameContains", "Republic"), "first", 500);
        assertThat(names(republics)).contains("Cached Republic");
        Map<String, Long> before = ServiceMetrics.MEMBER_SERVICE.requests();
        assertThat(names(republics)).contains("Cached Republic");
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(before)).as("the same page again").isEmpty();

        rename("Renamed Republic");

        await("the page after the rename through the member-states topic").atMost(THROUGH_THE_TOPIC)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> names(republics), names -> names.contains("Renamed Republic"));
    }

    @Test
    void theGatewaysOwnMutationIsReadAtOnce() {
        assertThat(name(CODE)).isEqualTo("Cached Republic");
        assertThat(name(CODE)).isEqualTo("Cached Republic");

        execute("update-member-state", Map.of("code", CODE,
                "input", Map.of("alpha3", "XCC", "numeric", "984", "name", "Updated Republic")))
                .body("errors", nullValue());

        assertThat(name(CODE)).isEqualTo("Updated Republic");
    }

    @Test
    void aRemovedStateIsGoneAtOnce() {
        assertThat(name(CODE)).isEqualTo("Cached Republic");
        execute("remove-member-state", Map.of("code", CODE)).body("errors", nullValue());

        execute("member-state", Map.of("code", CODE)).body("errors", nullValue()).body("data.memberState", nullValue());

        execute("register-member-state", Map.of("input", newState(CODE, "XCC", "984", "Cached Republic")))
                .body("errors", nullValue()); // for remove()
    }

    /** Renames the state at member-service itself, not through this gateway. */
    private static void rename(String name) {
        given().noFilters()
                .baseUri(ConfigProvider.getConfig().getValue(BackendServicesTestResource.MEMBER_SERVICE_URL, String.class))
                .header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType(ContentType.JSON)
                .body(Map.of("alpha3", "XCC", "numeric", "984", "name", name))
                .put("/member-states/" + CODE)
                .then().statusCode(200);
    }

    private static List<String> names(Map<String, Object> variables) {
        return execute("member-states", variables).body("errors", nullValue())
                .extract().path("data.memberStates.edges.node.name");
    }

    private static String name(String code) {
        return execute("member-state", Map.of("code", code)).body("errors", nullValue())
                .extract().path("data.memberState.name");
    }
}
