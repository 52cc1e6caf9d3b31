package io.ipaccord.testing.kafka;

import io.ipaccord.testing.net.FreePorts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.jboss.logging.Logger;

/** The broker behind {@link KafkaBroker}: a KafkaRaftServer in combined mode with fixed ports and data directory. */
final class KafkaNode {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private static KafkaNode shared;

    private final int brokerPort;
    private final int controllerPort;
    private final Path dataDir;
    private final Map<String, String> config;
    private KafkaRaftServer server;
    private boolean formatted;
    private Duration lastStartup = Duration.ZERO;

    private KafkaNode(Path dataDir) {
        this.dataDir = dataDir;
        this.brokerPort = FreePorts.stable();
        int controller;
        do {
            controller = FreePorts.stable();
        } while (controller == brokerPort);
        this.controllerPort = controller;
        this.config = brokerConfig();
    }

    /** Called through {@link io.ipaccord.testing.jvm.JvmWide}: the handles of this loader's shared node. */
    static synchronized Map<String, Object> sharedHandles() {
        if (shared == null) {
            KafkaNode node = create();
            Runtime.getRuntime().addShutdownHook(new Thread(node::destroy, "ipaccord-kafka-broker-shutdown"));
            shared = node;
        }
        return shared.handles();
    }

    /** A new, stopped node with its own temporary data directory. */
    private static KafkaNode create() {
        KafkaLogging.quiet();
        protectTestJvmFromKafkaExit();
        try {
            return new KafkaNode(Files.createTempDirectory("ipaccord-kafka-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Kafka data directory", e);
        }
    }

    /** This node's operations as {@code java.*} types, usable from a copy of this library in another class loader. */
    Map<String, Object> handles() {
        return Map.of(
                KafkaBroker.Handle.BOOTSTRAP_SERVERS.name(), (Supplier<String>) this::bootstrapServers,
                KafkaBroker.Handle.DATA_DIRECTORY.name(), (Supplier<Path>) this::dataDirectory,
                KafkaBroker.Handle.LAST_STARTUP.name(), (Supplier<Duration>) this::lastStartupDuration,
                KafkaBroker.Handle.IS_RUNNING.name(), (BooleanSupplier) this::isRunning,
                KafkaBroker.Handle.START.name(), (Runnable) this::start,
                KafkaBroker.Handle.STOP.name(), (Runnable) this::stop);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    Path dataDirectory() {
        return dataDir;
    }

    synchronized Duration lastStartupDuration() {
        return lastStartup;
    }

    synchronized boolean isRunning() {
        return server != null;
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        withOwnClassLoader(this::doStart);
    }

    private void doStart() {
        long begin = System.nanoTime();
        if (!formatted) {
            format();
            formatted = true;
        }
        KafkaRaftServer starting = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        try {
            starting.startup();
            awaitBrokerAnswers();
        } catch (RuntimeException e) {
            shutdownQuietly(starting);
            throw new IllegalStateException("Kafka broker did not start on " + bootstrapServers()
                    + " (data in " + dataDir + ")", e);
        }
        server = starting;
        lastStartup = Duration.ofNanos(System.nanoTime() - begin);
        LOG.infof("Kafka broker ready on %s in %d ms (data in %s)", bootstrapServers(), lastStartup.toMillis(), dataDir);
    }

    synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer stopping = server;
        server = null;
        withOwnClassLoader(() -> {
            stopping.shutdown();
            stopping.awaitShutdown();
        });
        LOG.infof("Kafka broker on %s stopped", bootstrapServers());
    }

    synchronized void destroy() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.warn("Kafka broker did not stop cleanly", e);
        } finally {
            deleteRecursively(dataDir);
            formatted = false;
        }
    }

    private Map<String, String> brokerConfig() {
        Map<String, String> c = new HashMap<>();
        c.put("process.roles", "broker,controller");
        c.put("node.id", String.valueOf(NODE_ID));
        c.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        c.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        c.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        c.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        c.put("controller.listener.names", CONTROLLER_LISTENER);
        c.put("inter.broker.listener.name", "PLAINTEXT");
        c.put("log.dirs", dataDir.toString());
        // Single node: every internal topic with one replica and one partition (fast group/transaction coordinators).
        c.put("offsets.topic.replication.factor", "1");
        c.put("offsets.topic.num.partitions", "1");
        c.put("transaction.state.log.replication.factor", "1");
        c.put("transaction.state.log.min.isr", "1");
        c.put("transaction.state.log.num.partitions", "1");
        c.put("share.coordinator.state.topic.replication.factor", "1");
        c.put("share.coordinator.state.topic.min.isr", "1");
        c.put("share.coordinator.state.topic.num.partitions", "1");
        c.put("min.insync.replicas", "1");
        c.put("default.replication.factor", "1");
        c.put("group.initial.rebalance.delay.ms", "0");
        c.put("auto.create.topics.enable", "true");
        c.put("num.partitions", "1");
        // Small footprint on 2 cores.
        c.put("num.network.threads", "2");
        c.put("num.io.threads", "2");
        c.put("background.threads", "2");
        c.put("num.recovery.threads.per.data.dir", "1");
        c.put("log.cleaner.threads", "1");
        c.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        c.put("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        return Map.copyOf(c);
    }

    private void format() {
        try {
            Files.createDirectories(dataDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dataDir.toString()))
                    .setMetadataLogDirectory(dataDir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka log directory " + dataDir, e);
        }
    }

    /** startup() returns once the broker is unfenced; a metadata round trip proves clients can use it. */
    private void awaitBrokerAnswers() {
        Map<String, Object> props = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(props)) {
            if (admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).isEmpty()) {
                throw new IllegalStateException("Kafka broker reports no nodes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker does not answer on " + bootstrapServers(), e);
        }
    }

    /**
     * Kafka loads plugins (e.g. the share-group persister) through the thread context class loader, and its threads
     * inherit it. Under @QuarkusTest that is the application's loader, which holds a second copy of Kafka.
     */
    private static void withOwnClassLoader(Runnable action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaNode.class.getClassLoader());
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.debug("Ignoring failure while shutting down a broker that failed to start", e);
        }
    }

    /** A fatal broker error must fail the tests, not halt the whole test JVM (surefire would lose every report). */
    private static void protectTestJvmFromKafkaExit() {
        Exit.setExitProcedure((status, message) -> refuseExit("exit", status, message));
        Exit.setHaltProcedure((status, message) -> refuseExit("halt", status, message));
    }

    private static void refuseExit(String kind, int status, String message) {
        String text = "Kafka requested JVM " + kind + "(" + status + "): " + message;
        LOG.error(text + " - refused in the test JVM; the broker is probably broken now");
        throw new IllegalStateException(text);
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.debugf(e, "Could not delete %s", root);
        }
    }
}
