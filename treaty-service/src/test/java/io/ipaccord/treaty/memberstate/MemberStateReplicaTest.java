package io.ipaccord.treaty.memberstate;

import static io.ipaccord.testing.rest.ProblemAssertions.problem;
import static io.ipaccord.treaty.Fixtures.instrument;
import static io.ipaccord.treaty.Fixtures.instrumentCount;
import static io.ipaccord.treaty.Fixtures.postInstrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.treaty.Fixtures;
import io.ipaccord.treaty.MemberStateEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * treaty-service knows member states only from member-service's events on Kafka. Each test publishes them as
 * member-service would, with a raw producer, and watches what a user sees: whether a deposit is accepted.
 * Codes XK-XP are ISO user-assigned, used by no real state and by no other test.
 */
@QuarkusTest
class MemberStateReplicaTest {

    private static final String TREATY = "TEST_REPLICA";
    private static final Duration DEADLINE = MemberStateEvents.DEADLINE;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void treaty() {
        if (io.restassured.RestAssured.given().get("/treaties/" + TREATY).statusCode() == 404) {
            Fixtures.createTreaty(TREATY, 50, 3);
        }
    }

    @Test
    void aStateRegisteredAfterStartCanDepositOnceItsEventArrives() {
        problem(postInstrument(instrument(TREATY, "XK", "RATIFICATION", "2020-01-10")), 422, "unprocessable")
                .body("errors[0].field", equalTo("state"))
                .body("detail", containsString("XK"));

        MemberStateEvents.publish(MemberStateEventType.REGISTERED, MemberStateEvents.state("XK", 0));

        Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200))
                .until(() -> postInstrument(instrument(TREATY, "XK", "RATIFICATION", "2020-01-10")).statusCode() == 201);
        assertThat(instrumentCount(TREATY, "XK")).isEqualTo(1);
    }

    @Test
    void aRemovalAndItsTombstoneStopDepositsAndARedeliveryChangesNothing() throws Exception {
        String registered = MemberStateEvents.publish(MemberStateEventType.REGISTERED, MemberStateEvents.state("XL", 0));
        Awaitility.await().atMost(DEADLINE).until(() -> MemberStateEvents.isKnown(dataSource, "XL"));
        long processed = processedEvents();

        MemberStateEvents.publish(MemberStateEventType.REMOVED, MemberStateEvents.state("XL", 0));
        MemberStateEvents.publishTombstone("XL");
        Awaitility.await().atMost(DEADLINE).until(() -> !MemberStateEvents.isKnown(dataSource, "XL"));
        problem(postInstrument(instrument(TREATY, "XL", "RATIFICATION", "2020-01-10")), 422, "unprocessable")
                .body("errors[0].field", equalTo("state"))
                .body("detail", containsString("XL (Test state XL) is no longer a known member state"));

        // Kafka may deliver the registration again: the replica must not bring the state back.
        MemberStateEvents.publish(registered, MemberStateEventType.REGISTERED, MemberStateEvents.state("XL", 0));
        // A later event on the same partition proves the redelivery has been consumed.
        MemberStateEvents.publish(MemberStateEventType.REGISTERED, MemberStateEvents.state("XM", 0));
        Awaitility.await().atMost(DEADLINE).until(() -> MemberStateEvents.isKnown(dataSource, "XM"));

        assertThat(MemberStateEvents.isKnown(dataSource, "XL")).isFalse();
        problem(postInstrument(instrument(TREATY, "XL", "RATIFICATION", "2020-01-10")), 422, "unprocessable");
        assertThat(instrumentCount(TREATY, "XL")).isZero();
        assertThat(processedEvents()).as("removal and XM recorded; redelivery and tombstone not").isEqualTo(processed + 2);
    }

    @Test
    void anUpdateKeepsTheStateKnownAndATombstoneAloneRemovesIt() {
        MemberStateEvents.publish(MemberStateEventType.REGISTERED, MemberStateEvents.state("XN", 0));
        MemberStateEvents.publish(MemberStateEventType.UPDATED, MemberStateEvents.state("XN", 1));
        Awaitility.await().atMost(DEADLINE).until(() -> MemberStateEvents.isKnown(dataSource, "XN"));
        Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200))
                .until(() -> postInstrument(instrument(TREATY, "XN", "SIGNATURE", "2020-01-10")).statusCode() == 201);

        MemberStateEvents.publishTombstone("XN");
        Awaitility.await().atMost(DEADLINE).until(() -> !MemberStateEvents.isKnown(dataSource, "XN"));
        problem(postInstrument(instrument(TREATY, "XN", "RATIFICATION", "2020-01-10")), 422, "unprocessable")
                .body("errors[0].field", equalTo("state"));
    }

    private long processedEvents() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM processed_event WHERE consumer = 'treaty-service/member-states'");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
