package io.ipaccord.member;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipaccord.testing.kafka.OutboxDrained;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * platform's OutboxMetrics read the outbox table, so they show a relay that publishes nothing: with the relay
 * switched off, a row written ten minutes ago is in {@code ipaccord_outbox_backlog} and
 * {@code ipaccord_outbox_backlog_age_seconds} (what the IpaccordOutboxStale alert watches), while the relay's own
 * {@code ipaccord_outbox_pending} knows nothing of it.
 */
@QuarkusTest
@TestProfile(OutboxMetricsTest.RelayOff.class)
class OutboxMetricsTest {

    static final String TOPIC = "ipaccord.test.outbox-metrics";

    public static class RelayOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ipaccord.outbox.relay.enabled", "false");
        }
    }

    @Inject DataSource dataSource;

    @Test
    void aRowTheRelayDoesNotPublishShowsInTheBacklogWithItsAge() throws SQLException {
        execute("INSERT INTO outbox_message (topic, message_key, payload, created_at)"
                + " VALUES ('" + TOPIC + "', 'K', '{}', now() - interval '10 minutes')");
        long unsent = OutboxDrained.unsent(dataSource);
        await("the backlog gauges read the table").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
                    assertThat(sample(metrics, "ipaccord_outbox_backlog")).isEqualTo(unsent);
                    assertThat(sample(metrics, "ipaccord_outbox_backlog_age_seconds")).isBetween(600.0, 900.0);
                });
        assertThat(unsent).isPositive();
    }

    @AfterEach
    void removeTheRow() throws SQLException {
        execute("DELETE FROM outbox_message WHERE topic = '" + TOPIC + "'");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static double sample(String metrics, String name) {
        Matcher value = Pattern.compile("^" + Pattern.quote(name) + "(?:\\{[^}]*\\})?\\s+([0-9.eE+-]+)$",
                Pattern.MULTILINE).matcher(metrics);
        assertThat(value.find()).as("%s in /q/metrics", name).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
