package io.ipaccord.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The outbox as the database holds it, for dashboards and alerts: {@code ipaccord_outbox_backlog} (rows not yet
 * acknowledged by Kafka) and {@code ipaccord_outbox_backlog_age_seconds} (how long the oldest of them has waited;
 * 0 when none waits).
 * <p>
 * Read from the table at scrape time (at most once per {@link #REFRESH}), not from the relay: the relay's own
 * {@code ipaccord_outbox_pending} changes only when a relay round ends, so a relay that is stuck, disabled or running
 * in another replica leaves it unchanged, while this one keeps growing. Every replica of a service reports the same
 * figures (one database). A failed read reports NaN (no sample) rather than a stale value.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    static final Duration REFRESH = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private Reading last = new Reading(Double.NaN, Double.NaN, 0);

    OutboxMetrics(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("ipaccord.outbox.backlog", this, m -> m.reading().rows())
                .description("Outbox rows written and not yet acknowledged by Kafka").register(registry);
        Gauge.builder("ipaccord.outbox.backlog.age", this, m -> m.reading().oldestSeconds()).baseUnit("seconds")
                .description("Age of the oldest outbox row not yet acknowledged by Kafka; 0 when none waits")
                .register(registry);
    }

    private synchronized Reading reading() {
        long now = System.nanoTime();
        if (last.readAt() != 0 && now - last.readAt() < REFRESH.toNanos()) {
            return last;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)
                        FROM outbox_message WHERE sent_at IS NULL""");
                ResultSet result = statement.executeQuery()) {
            result.next();
            last = new Reading(result.getLong(1), Math.max(0, result.getDouble(2)), now);
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Cannot read the outbox backlog: %s", e.toString());
            last = new Reading(Double.NaN, Double.NaN, now);
        }
        return last;
    }

    private record Reading(double rows, double oldestSeconds, long readAt) {
    }
}
