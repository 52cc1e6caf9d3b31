package io.ipaccord.gateway.memberstate;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.BackendDownProfile;
import io.ipaccord.gateway.GraphQLErrors;
import io.ipaccord.gateway.Inputs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** member-service is down: each affected field fails alone with UNAVAILABLE, the rest of the answer stands. */
@QuarkusTest
@TestProfile(BackendDownProfile.class)
class MemberStateBackendDownTest {

    @Test
    void failingFieldsReportUnavailableOnTheirPathsAndSiblingsStillResolve() {
        GraphQLErrors.rootFieldsUnavailable(execute("backend-down", Map.of("code", "CN"))
                .body("data.__typename", equalTo("Query")), "member-service", "state", "page", "found");
    }

    @Test
    void mutationsReportUnavailable() {
        GraphQLErrors.firstUnavailable(execute("register-member-state", Map.of("input",
                Inputs.newState("XU", "XUU", "921", "Unreachable")))
                .body("data.registerMemberState", nullValue()), "member-service", "registerMemberState");
    }

    @Test
    void readsAreRetriedThenTheCircuitOpens() {
        await("circuit breaker open").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> execute("member-state", Map.of("code", "CN"))
                        .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                        .body("errors[0].message", equalTo("member-service is unavailable: calls are paused after"
                                + " repeated failures, try again shortly")));

        String metrics = given().get("/q/metrics").asString();
        // memberState reads through the lookup's batch call
        assertThat(counter(metrics, "ft_retry_retries_total", "batch")).isPositive();
        assertThat(counter(metrics, "ft_circuitbreaker_opened_total", "batch")).isPositive();
        assertThat(counter(metrics, "ft_retry_retries_total", "register")).isZero();
    }

    private static double counter(String metrics, String name, String method) {
        Matcher line = Pattern.compile("^" + name + "\\{([^}]*)\\}\\s+([0-9.eE+]+)$", Pattern.MULTILINE)
                .matcher(metrics);
        double sum = 0;
        while (line.find()) {
            if (line.group(1).contains("method=\"member-service." + method + "\"")) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }
}
