package io.ipaccord.testing.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import io.restassured.response.Response;

/**
 * Runs a corpus of bad input as dynamic tests (one per case, then one that nothing was written): each case is sent by
 * the module's own request method ({@code send}: the one place that builds every corpus request, e.g. where a token is
 * added) and its answer checked by {@code check} ({@link BadInputAssertions#restProblem} or
 * {@link BadInputAssertions#graphqlError}). Row counts are compared around every case, topic end offsets around the run.
 */
public final class BadInputCorpus {

    private BadInputCorpus() {
    }

    public static Stream<DynamicNode> run(List<BadInputCase> cases, Function<BadInputCase, Response> send,
                                          BiConsumer<BadInputCase, Response> check, WriteCheck writes) {
        // Start from a quiet service: the outbox relayed, no write of an earlier test still arriving.
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(writes.rows());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Map<String, Long> now = writes.rows();
            boolean quiet = writes.unsentOutboxRows() == 0 && now.equals(last.get());
            last.set(now);
            return quiet;
        });
        Map<String, Long> topicsBefore = writes.topicEnds();
        List<DynamicNode> tests = new ArrayList<>();
        for (BadInputCase c : cases) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                Map<String, Long> before = writes.rows();
                Response response = send.apply(c);
                check.accept(c, response);
                assertThat(writes.rows()).as("%s: row counts after the case", c).isEqualTo(before);
            }));
        }
        tests.add(DynamicTest.dynamicTest("nothing was published on the topics", () -> {
            assertThat(writes.unsentOutboxRows()).as("unsent outbox rows").isZero();
            assertThat(writes.topicEnds()).as("topic end offsets").isEqualTo(topicsBefore);
        }));
        return tests.stream().map(DynamicNode.class::cast);
    }
}
