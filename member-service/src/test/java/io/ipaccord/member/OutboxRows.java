package io.ipaccord.member;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** What the service has queued for Kafka: outbox rows of one topic. */
public final class OutboxRows {

    private OutboxRows() {
    }

    /** Rows of {@code topic} for one key or ({@code null}) for every key. */
    public static long count(DataSource dataSource, String topic, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM outbox_message WHERE topic = ? AND (?::text IS NULL OR message_key = ?)")) {
            query.setString(1, topic);
            query.setString(2, key);
            query.setString(3, key);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
