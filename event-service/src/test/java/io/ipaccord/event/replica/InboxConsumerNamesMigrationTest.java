package io.ipaccord.event.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The migration that renames event-service's old, topic-named inbox consumers: their recorded event ids move to the
 * names of the one platform rule, so a redelivered event is still recognised; an id already under the new name is
 * kept once. The migration's own file is run again here over rows written with the old names.
 */
@QuarkusTest
class InboxConsumerNamesMigrationTest {

    private static final String MIGRATION = "db/migration/V2__inbox_consumer_names.sql";

    @Inject DataSource dataSource;

    @Test
    void oldConsumerNamesMoveToTheOneRuleAndNothingIsRecordedTwice() throws SQLException, IOException {
        String member = UUID.randomUUID().toString();
        String treaty = UUID.randomUUID().toString();
        String both = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection()) {
            record(connection, "event-service/ipaccord.member-states.v1", member);
            record(connection, "event-service/ipaccord.treaties.v1", treaty);
            record(connection, "event-service/ipaccord.member-states.v1", both);
            record(connection, "event-service/member-states", both);

            try (Statement migration = connection.createStatement()) {
                migration.execute(migrationScript());
            }

            assertThat(consumersOf(connection, member)).containsExactly("event-service/member-states");
            assertThat(consumersOf(connection, treaty)).containsExactly("event-service/treaties");
            assertThat(consumersOf(connection, both)).containsExactly("event-service/member-states");
        }
    }

    private static void record(Connection connection, String consumer, String eventId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, now())")) {
            insert.setString(1, consumer);
            insert.setString(2, eventId);
            insert.executeUpdate();
        }
    }

    private static List<String> consumersOf(Connection connection, String eventId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT consumer FROM processed_event WHERE event_id = ? ORDER BY consumer")) {
            query.setString(1, eventId);
            List<String> consumers = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    consumers.add(rows.getString(1));
                }
            }
            return consumers;
        }
    }

    private static String migrationScript() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
