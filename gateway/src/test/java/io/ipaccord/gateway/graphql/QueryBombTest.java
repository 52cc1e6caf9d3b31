package io.ipaccord.gateway.graphql;

import static io.ipaccord.gateway.GraphQLDocuments.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.ipaccord.gateway.ServiceMetrics;
import io.ipaccord.gateway.ServicesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * The query of issue 11 that stalled the gateway (BERNE's real parties, each with its treaty's parties again) is
 * answered within 2 s, refused by its cost before any backend call, and a member-state lookup sent meanwhile, next to
 * a large allowed query, answers within 200 ms (see the lookup test for a loaded machine).
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class QueryBombTest {

    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(2);
    private static final Duration LOOKUP_WITHIN = Duration.ofMillis(200);

    @Test
    void theTreatyPartiesBombIsRefusedBeforeAnyBackendCall() throws Exception {
        // the real table: the seed loads BERNE's depositary table
        execute("treaty-parties", Map.of("code", "BERNE")).body("data.treaty.parties.size()", greaterThan(150));
        Map<String, Long> treatyCalls = ServiceMetrics.TREATY_SERVICE.requests();
        Map<String, Long> memberCalls = ServiceMetrics.MEMBER_SERVICE.requests();

        CompletableFuture.supplyAsync(() -> execute("treaty-parties-bomb"))
                .get(ANSWERED_WITHIN.toMillis(), TimeUnit.MILLISECONDS)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].extensions.cost", equalTo(63002))
                .body("errors[0].extensions.limit", equalTo(50000))
                .body("errors[0].message", containsString("at most 50000 are allowed"));

        assertThat(ServiceMetrics.TREATY_SERVICE.since(treatyCalls)).isEmpty();
        assertThat(ServiceMetrics.MEMBER_SERVICE.since(memberCalls)).isEmpty();
    }

    /**
     * The lookup's median under load must stay under 200 ms. On a machine already loaded by other processes (shared
     * CI, parallel builds: there a lookup alone may take 200 ms) that is allowed to stretch to three times the
     * lookup's own median measured just before, the share of two cores a large query takes: the stall this guards
     * against (issue 11: 4.4 s while the bomb ran, the event loop blocked) is tens of times.
     */
    @Test
    void aMemberStateLookupAnswersWithin200MsWhileTheBombAndALargeQueryRun() throws Exception {
        memberState(); // warm: the timed lookups below measure the gateway, not a first connection
        Duration alone = medianOfThree(QueryBombTest::memberState);

        CompletableFuture<ValidatableResponse> bomb = CompletableFuture.supplyAsync(() -> execute("treaty-parties-bomb"));
        List<CompletableFuture<ValidatableResponse>> large = List.of(
                CompletableFuture.supplyAsync(() -> execute("all-treaty-parties")));
        Duration underLoad = medianOfThree(QueryBombTest::memberState);

        bomb.get(ANSWERED_WITHIN.toMillis(), TimeUnit.MILLISECONDS)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        for (CompletableFuture<ValidatableResponse> query : large) {
            query.get(30, TimeUnit.SECONDS).body("errors", nullValue()).body("data.treaties.size()", greaterThan(20));
        }
        Duration allowed = Collections.max(List.of(LOOKUP_WITHIN, alone.multipliedBy(3)));
        assertThat(underLoad).as("median memberState while the bomb and a large query run (alone: %s)", alone)
                .isLessThan(allowed);
    }

    private static Duration medianOfThree(Runnable call) {
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            call.run();
            times.add(Duration.ofNanos(System.nanoTime() - started));
        }
        Collections.sort(times);
        return times.get(1);
    }

    private static void memberState() {
        execute("member-state-name", Map.of("code", "CN")).body("data.memberState.name", equalTo("China"));
    }
}
