package io.ipaccord.gateway;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import io.ipaccord.contracts.Topics;
import io.ipaccord.testing.badinput.BadInputAssertions;
import io.ipaccord.testing.badinput.BadInputCase;
import io.ipaccord.testing.badinput.BadInputCorpus;
import io.ipaccord.testing.badinput.WriteCheck;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The gateway's bad-input corpus ({@code bad-input/gateway.jsonl}: syntax errors, unknown fields, bad arguments and
 * variables, refused mutations, depth, cost, alias and batch floods) over real HTTP in front of the three real services:
 * every case answers GraphQL errors each with an {@code extensions.code} (a 4xx or a 200 with errors), nothing leaked,
 * and no service publishes anything (the end offsets of every topic unchanged).
 */
@QuarkusTest
@TestProfile(ServicesProfile.class)
class BadInputCorpusTest {

    @ConfigProperty(name = "kafka.bootstrap.servers") String kafka;

    @TestFactory
    Stream<DynamicNode> corpus() {
        return BadInputCorpus.run(BadInputCase.load("bad-input/gateway.jsonl"), BadInputCorpusTest::send,
                BadInputAssertions::graphqlError, new WriteCheck(null, kafka, List.of(Topics.MEMBER_STATES,
                        Topics.ORGANISATIONS, Topics.TREATIES, Topics.TREATY_ACTIONS, Topics.EVENTS)));
    }

    /** The one place every corpus request is built (where a write's bearer token goes). */
    static Response send(BadInputCase c) {
        return c.send(given().accept("application/json"));
    }
}
