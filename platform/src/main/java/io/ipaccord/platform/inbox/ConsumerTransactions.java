package io.ipaccord.platform.inbox;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The transaction of one Kafka record's effect, for every {@code @Incoming} method that writes to the database: run
 * again, after a back-off, for as long as the database cannot be reached (PostgreSQL restarting, a failover, the pool
 * unable to connect), so the consumer waits on its record instead of failing its channel; the record's partition
 * waits behind it, so order holds, and its offset is not committed until its effect is. Any other failure propagates
 * as before (the channel fails, and its health check).
 */
@ApplicationScoped
public class ConsumerTransactions {

    private static final Logger LOG = Logger.getLogger(ConsumerTransactions.class);
    static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    /** Runs {@code effect} in a transaction of its own, retried while the database is unreachable. */
    public void commit(String channel, Runnable effect) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(effect);
                if (attempt > 1) {
                    LOG.infof("%s: the database is reachable again, record applied after %d attempts", channel, attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (!databaseUnreachable(e)) {
                    throw e;
                }
                if (attempt == 1) {
                    LOG.warnf("%s: the database cannot be reached (%s); retrying the record every %s at most", channel,
                            e.getMessage(), MAX_BACKOFF);
                }
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * A failure that says nothing about the record: no connection (SQLState class 08), the server shutting down or
     * starting (57P01-57P03), a connection that could not be had from the pool in time, or a refused socket.
     */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.matches("57P0[123]"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            // The application is stopping: give the record up uncommitted; it is read again on the next start.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
