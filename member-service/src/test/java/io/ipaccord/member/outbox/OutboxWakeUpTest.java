package io.ipaccord.member.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.ipaccord.contracts.Topics;
import io.ipaccord.platform.outbox.Outbox;
import io.ipaccord.testing.kafka.KafkaBroker;
import io.ipaccord.testing.kafka.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * The outbox relay wakes on commit, not on its poll: with a poll interval of ten minutes, a committed row reaches
 * Kafka within seconds, whether this process wrote it or another replica did (seen only through PostgreSQL's
 * notification), and the notification goes out on commit only.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.LongPoll.class)
class OutboxWakeUpTest {

    /** Far longer than any deadline below: a message in time came through a wake-up. */
    public static class LongPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ipaccord.outbox.relay.poll-interval", "10m");
        }
    }

    private static final Duration DEADLINE = Duration.ofSeconds(5);

    @Inject DataSource dataSource;
    @Inject Outbox outbox;

    @Test
    void aRowCommittedByAnotherReplicaReachesKafkaThroughTheNotificationAlone() throws Exception {
        String key = "wake-" + UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromEnd(KafkaBroker.shared().bootstrapServers(), Topics.MEMBER_STATES + ".wakeup-test")) {
            // What another replica's Outbox does in its transaction: the row, then the notification (no CDI event here).
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO outbox_message (topic, message_key, ce_id, ce_type, ce_source, ce_subject, ce_time, payload)
                        VALUES (?, ?, ?, 'test.wakeup', '/ipaccord/test', ?, ?, '{}')""");
                        Statement notify = connection.createStatement()) {
                    insert.setString(1, Topics.MEMBER_STATES + ".wakeup-test");
                    insert.setString(2, key);
                    insert.setObject(3, UUID.randomUUID());
                    insert.setString(4, key);
                    insert.setObject(5, OffsetDateTime.now());
                    insert.executeUpdate();
                    notify.execute("SELECT pg_notify('ipaccord_outbox', '')");
                }
                connection.commit();
            }
            List<ConsumerRecord<String, String>> received = reader.await(r -> key.equals(r.key()), 1, DEADLINE);
            assertThat(received).hasSize(1);
        }
    }

    @Test
    void theOutboxNotifiesOnCommitOnly() throws Exception {
        try (Connection listening = dataSource.getConnection()) {
            listening.setAutoCommit(true);
            try (Statement listen = listening.createStatement()) {
                listen.execute("LISTEN ipaccord_outbox");
            }
            PGConnection notifications = listening.unwrap(PGConnection.class);
            drain(notifications);

            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(Topics.MEMBER_STATES + ".wakeup-test", "rolled-back", "test.wakeup", Map.of());
                throw new IllegalStateException("the transaction fails after the write");
            })).hasMessageContaining("fails after the write");
            assertThat(received(notifications, Duration.ofMillis(500))).as("after a rollback").isEmpty();

            QuarkusTransaction.requiringNew().run(() ->
                    outbox.publish(Topics.MEMBER_STATES + ".wakeup-test", "committed", "test.wakeup", Map.of()));
            assertThat(received(notifications, DEADLINE)).as("after the commit").isNotEmpty();
        }
    }

    @Test
    void aWriteThroughTheApiReachesKafkaLongBeforeThePoll() {
        try (TopicReader reader = TopicReader.fromEnd(KafkaBroker.shared().bootstrapServers(), Topics.MEMBER_STATES)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("code", "XU", "alpha3", "XUU", "numeric", "932", "name", "Test Republic U"))
                    .post("/member-states").then().statusCode(201);
            assertThat(reader.await(r -> "XU".equals(r.key()), 1, DEADLINE)).hasSize(1);
        }
    }

    private static void drain(PGConnection notifications) throws SQLException {
        while (notifications.getNotifications(1) != null && notifications.getNotifications(1).length > 0) {
            // earlier commits' notifications
        }
    }

    /** The notifications that arrive within {@code wait} (waits on the socket, returns at the first batch). */
    private static List<PGNotification> received(PGConnection notifications, Duration wait) throws SQLException {
        PGNotification[] batch = notifications.getNotifications((int) wait.toMillis());
        return batch == null ? List.of() : new ArrayList<>(List.of(batch));
    }
}
