package io.ipaccord.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.platform.outbox.Outbox.OutboxCommitted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Publishes outbox rows to Kafka in id order, then marks them sent.
 *
 * <p>One relay at a time per database (a PostgreSQL advisory lock), so several replicas never reorder rows. Each
 * round is one Kafka transaction (transactional id {@code outbox-relay<source>}, shared by a service's replicas so a
 * new relay fences an old one): its rows become visible to {@code read_committed} consumers all together, in id
 * order, or not at all. A round that fails anywhere (Kafka down, a batch expired, the producer fenced) closes the
 * producer; the next one's {@code initTransactions} aborts what the failed round left open, and sends the same rows
 * again. So a later row is never visible before an earlier one of the same key, even after an outage longer than
 * the delivery timeout. Rows are marked sent only after the commit; if that marking fails, the round is sent again
 * and consumers see it twice, in order, with the same CloudEvents ids (their inboxes drop the second). While Kafka is
 * down, writes keep succeeding and rows wait.
 *
 * <p>A round starts as soon as a transaction that wrote rows commits: in this process through a CDI event, from any
 * replica through PostgreSQL {@code NOTIFY} on {@value #CHANNEL} (sent by {@link Outbox} in the writing
 * transaction, so delivered only on commit), which a dedicated connection listens to. Otherwise, and whenever the
 * listening connection is being re-established, every poll interval.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: "ipac" "outb" as two ints, scoped to this service's database. */
    private static final long RELAY_LOCK = 0x69706163_6f757462L;
    /** How long the listener blocks for notifications before it checks it should still run (and the connection lives). */
    private static final Duration LISTEN_CHECK = Duration.ofSeconds(10);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    /** The notification channel of outbox commits (PostgreSQL scopes it to the database). */
    static final String CHANNEL = "ipaccord_outbox";

    private final DataSource dataSource;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final Counter published;
    private final Counter failures;

    private volatile boolean running;
    private Thread worker;
    private Thread listener;
    private volatile Connection listening;
    private Producer<String, byte[]> producer;
    private Instant lastPurge = Instant.EPOCH;

    OutboxRelay(DataSource dataSource, OutboxConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.published = Counter.builder("ipaccord.outbox.published")
                .description("Outbox rows acknowledged by Kafka").register(registry);
        this.failures = Counter.builder("ipaccord.outbox.failures")
                .description("Relay rounds that ended on an error; the rows are tried again").register(registry);
        registry.gauge("ipaccord.outbox.pending", pending);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.info("Outbox relay disabled (ipaccord.outbox.relay.enabled=false)");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
        if (config.relay().listen()) {
            listener = new Thread(this::listen, "outbox-listener");
            listener.setDaemon(true);
            listener.start();
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (worker != null) {
            wakeUp.release();
            worker.join(config.relay().deliveryTimeout().toMillis());
        }
        if (listener != null) {
            listener.interrupt();
            closeListening();
            listener.join(config.relay().retryBackoff().toMillis() + 1000);
        }
        closeProducer();
    }

    /** A commit that wrote outbox rows wakes the relay at once instead of at the next poll. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxCommitted event) {
        wakeUp.release();
    }

    /**
     * Listens for commit notifications and wakes the relay for each batch of them. On any failure, closes the
     * connection, wakes the relay (a poll covers what was missed meanwhile) and listens again after the back-off.
     */
    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listening = connection;
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                // Rows committed before LISTEN took effect: one round picks them up.
                wakeUp.release();
                while (running) {
                    PGNotification[] received = notifications.getNotifications((int) LISTEN_CHECK.toMillis());
                    if (received != null && received.length > 0) {
                        wakeUp.release();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Outbox listener lost its connection, polling meanwhile; listening again in %s: %s",
                        config.relay().retryBackoff(), e.toString());
                wakeUp.release();
                try {
                    Thread.sleep(config.relay().retryBackoff().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } finally {
                listening = null;
            }
        }
    }

    private void closeListening() {
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the outbox listener's connection failed", e);
            }
        }
    }

    private void run() {
        while (running) {
            Duration wait = config.relay().pollInterval();
            try {
                int sent = relayOnce();
                if (sent == config.relay().batchSize()) {
                    wait = Duration.ZERO;
                }
                purgeIfDue();
            } catch (Exception e) {
                failures.increment();
                LOG.warnf("Outbox relay round failed, retrying in %s: %s", config.relay().retryBackoff(), reasons(e));
                closeProducer();
                wait = config.relay().retryBackoff();
            }
            awaitWakeUp(wait);
        }
    }

    /** The exception and its causes, each on one line: the cause is often what says what is wrong. */
    private static String reasons(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("; caused by ").append(cause);
        }
        return text.toString();
    }

    private void awaitWakeUp(Duration wait) {
        try {
            if (!wait.isZero()) {
                wakeUp.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
            }
            wakeUp.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** One round: publish the oldest unsent rows; returns how many were acknowledged. */
    int relayOnce() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<OutboxRow> rows = unsent(connection);
                if (rows.isEmpty()) {
                    pending.set(0);
                    connection.commit();
                    return 0;
                }
                publish(rows);
                markSent(connection, rows.stream().map(OutboxRow::id).toList());
                connection.commit();
                published.increment(rows.size());
                pending.set(countUnsent(connection));
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, RELAY_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private List<OutboxRow> unsent(Connection connection) throws SQLException {
        String sql = """
                SELECT id, topic, message_key, ce_id, ce_type, ce_source, ce_subject, ce_time, payload,
                       trace_parent, trace_state, actor
                FROM outbox_message WHERE sent_at IS NULL ORDER BY id LIMIT ?""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, config.relay().batchSize());
            try (ResultSet result = statement.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new OutboxRow(result.getLong("id"), result.getString("topic"),
                            result.getString("message_key"), result.getObject("ce_id", UUID.class),
                            result.getString("ce_type"), result.getString("ce_source"),
                            result.getString("ce_subject"), result.getObject("ce_time", OffsetDateTime.class),
                            result.getString("payload"), result.getString("trace_parent"),
                            result.getString("trace_state"), result.getString("actor")));
                }
                return rows;
            }
        }
    }

    private long countUnsent(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM outbox_message WHERE sent_at IS NULL");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * Sends {@code rows} as one Kafka transaction and returns once it is committed; throws if it is not (the caller
     * closes the producer, and the open transaction is aborted when the next one starts).
     */
    private void publish(List<OutboxRow> rows) {
        Producer<String, byte[]> kafka = producer();
        kafka.beginTransaction();
        for (OutboxRow row : rows) {
            // A failed send fails commitTransaction below, which then commits nothing.
            kafka.send(row.toRecord());
        }
        kafka.commitTransaction();
    }

    private void markSent(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE outbox_message SET sent_at = now() WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            statement.setArray(1, array);
            statement.executeUpdate();
        }
    }

    private void purgeIfDue() throws SQLException {
        if (Instant.now().isBefore(lastPurge.plus(PURGE_EVERY))) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM outbox_message WHERE sent_at < now() - make_interval(secs => ?)")) {
            statement.setLong(1, config.relay().retention().toSeconds());
            int purged = statement.executeUpdate();
            if (purged > 0) {
                LOG.debugf("Purged %d sent outbox rows", purged);
            }
        }
        lastPurge = Instant.now();
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> settings = new HashMap<>(kafkaConfig);
            settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.source());
            settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId());
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            int deliveryMillis = (int) config.relay().deliveryTimeout().toMillis();
            int blockMillis = Math.min(deliveryMillis, 10_000);
            settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryMillis);
            // Kafka wants delivery.timeout.ms >= linger.ms + request.timeout.ms.
            settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(deliveryMillis / 2, 10_000));
            settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, blockMillis);
            // Longer than a round can last (its sends, then the commit), so the coordinator never aborts a live one.
            settings.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, deliveryMillis + 2 * blockMillis);
            Producer<String, byte[]> created = new KafkaProducer<>(settings, new StringSerializer(),
                    new ByteArraySerializer());
            try {
                // Fences any earlier producer of this id and aborts the transaction a failed round left open.
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    /** One per service, whichever replica relays: a new relay fences the one before it. */
    String transactionalId() {
        return "outbox-relay" + config.source();
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                // Pending sends are dropped: their transaction never commits.
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    private record OutboxRow(long id, String topic, String key, UUID ceId, String ceType, String ceSource,
            String ceSubject, OffsetDateTime ceTime, String payload, String traceParent, String traceState,
            String actor) {

        ProducerRecord<String, byte[]> toRecord() {
            if (payload == null) {
                return new ProducerRecord<>(topic, key, null);
            }
            RecordHeaders headers = new RecordHeaders();
            header(headers, CloudEvents.HEADER_SPEC_VERSION, CloudEvents.SPEC_VERSION);
            header(headers, CloudEvents.HEADER_ID, ceId.toString());
            header(headers, CloudEvents.HEADER_TYPE, ceType);
            header(headers, CloudEvents.HEADER_SOURCE, ceSource);
            header(headers, CloudEvents.HEADER_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ceTime));
            header(headers, CloudEvents.HEADER_SUBJECT, ceSubject);
            header(headers, CloudEvents.HEADER_CONTENT_TYPE, CloudEvents.CONTENT_TYPE_JSON);
            if (actor != null) {
                header(headers, CloudEvents.HEADER_ACTOR, actor);
            }
            if (traceParent != null) {
                header(headers, CloudEvents.HEADER_TRACEPARENT, traceParent);
                if (traceState != null && !traceState.isEmpty()) {
                    header(headers, CloudEvents.HEADER_TRACESTATE, traceState);
                }
            }
            return new ProducerRecord<>(topic, null, key, payload.getBytes(StandardCharsets.UTF_8), headers);
        }

        private static void header(RecordHeaders headers, String name, String value) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
