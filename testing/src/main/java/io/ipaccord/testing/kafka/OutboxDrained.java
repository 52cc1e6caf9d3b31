package io.ipaccord.testing.kafka;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

/**
 * Waits until a service's outbox holds no unsent row: everything it wrote so far is on Kafka, its rounds committed.
 * A test that opens a {@link TopicReader#fromEnd} reader to see only what its next write publishes waits for this
 * first: the relay publishes each round as a Kafka transaction, visible to {@code read_committed} readers only at its
 * commit, so the record of an earlier write could otherwise still arrive after the reader started.
 */
public final class OutboxDrained {

    private OutboxDrained() {
    }

    /** Every outbox row of {@code dataSource}'s database sent within {@code timeout}, or an assertion error. */
    public static void await(DataSource dataSource, Duration timeout) {
        org.awaitility.Awaitility.await("every outbox row sent").atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(() -> unsent(dataSource) == 0);
    }

    /** How many rows of {@code dataSource}'s outbox Kafka has not taken yet. */
    public static long unsent(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM outbox_message WHERE sent_at IS NULL")) {
            result.next();
            return result.getLong(1);
        }
    }
}
