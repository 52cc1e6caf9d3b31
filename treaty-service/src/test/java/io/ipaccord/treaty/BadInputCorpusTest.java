package io.ipaccord.treaty;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import io.ipaccord.contracts.Topics;
import io.ipaccord.testing.badinput.BadInputAssertions;
import io.ipaccord.testing.badinput.BadInputCase;
import io.ipaccord.testing.badinput.BadInputCorpus;
import io.ipaccord.testing.badinput.WriteCheck;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * The bad-input corpus of treaty-service ({@code bad-input/treaty-service.jsonl}) over real HTTP: every case a 4xx with
 * problem details naming the field, nothing leaked, no row written, nothing published.
 */
@QuarkusTest
class BadInputCorpusTest {

    @Inject DataSource dataSource;
    @ConfigProperty(name = "kafka.bootstrap.servers") String kafka;

    @TestFactory
    Stream<DynamicNode> corpus() {
        // The deposits' state is known, so that the cases get past the party check to the dates they are about.
        MemberStateEvents.ensureKnown(dataSource, List.of("CH", "MD"));
        return BadInputCorpus.run(BadInputCase.load("bad-input/treaty-service.jsonl"), BadInputCorpusTest::send,
                BadInputAssertions::restProblem,
                new WriteCheck(dataSource, kafka, List.of(Topics.TREATIES, Topics.TREATY_ACTIONS)));
    }

    /** The one place every corpus request is built (where a write's bearer token goes). */
    static Response send(BadInputCase c) {
        return c.send(given());
    }
}
