package io.ipaccord.testing.kafka;

import io.ipaccord.testing.jvm.JvmWide;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A real Apache Kafka broker (KRaft combined mode: broker and controller, one node) running inside the test JVM.
 * <p>
 * Ports are picked once (on 127.0.0.1, below the OS ephemeral range), so {@link #stop()} then {@link #start()}
 * brings the broker back on the same bootstrap address with the same data: clients reconnect as they would to a
 * restarted production broker.
 * <p>
 * {@link #shared()} is one broker per JVM, also across the class loaders of {@code @QuarkusTest} applications
 * (see {@link JvmWide}).
 */
public final class KafkaBroker {

    /** The node's operations; the handle map is keyed by their names, as it crosses class loaders. */
    enum Handle { BOOTSTRAP_SERVERS, DATA_DIRECTORY, LAST_STARTUP, IS_RUNNING, START, STOP }

    private static KafkaBroker shared;

    private final Map<String, Object> handles;

    private KafkaBroker(Map<String, Object> handles) {
        this.handles = handles;
    }

    /**
     * The broker shared by every test of this JVM: started on first use (3-6 s), stopped and its data deleted by a
     * shutdown hook. If a test left it stopped, it is started again.
     */
    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            shared = new KafkaBroker(JvmWide.call(KafkaNode.class, "sharedHandles"));
        }
        shared.start();
        return shared;
    }

    /** {@code 127.0.0.1:<port>}, the same for the broker's whole life. */
    public String bootstrapServers() {
        return this.<Supplier<String>>handle(Handle.BOOTSTRAP_SERVERS).get();
    }

    public Path dataDirectory() {
        return this.<Supplier<Path>>handle(Handle.DATA_DIRECTORY).get();
    }

    /** How long the last {@link #start()} took until the broker answered a client. */
    public Duration lastStartupDuration() {
        return this.<Supplier<Duration>>handle(Handle.LAST_STARTUP).get();
    }

    public boolean isRunning() {
        return this.<BooleanSupplier>handle(Handle.IS_RUNNING).getAsBoolean();
    }

    /** Starts the broker (no-op if running) and returns once it answers on {@link #bootstrapServers()}. */
    public void start() {
        this.<Runnable>handle(Handle.START).run();
    }

    /** Stops the broker, keeping its data and address for a later {@link #start()}. */
    public void stop() {
        this.<Runnable>handle(Handle.STOP).run();
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + (isRunning() ? "" : ", stopped") + "]";
    }

    @SuppressWarnings("unchecked")
    private <T> T handle(Handle handle) {
        return (T) handles.get(handle.name());
    }
}
