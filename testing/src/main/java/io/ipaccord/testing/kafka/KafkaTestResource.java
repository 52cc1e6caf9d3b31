package io.ipaccord.testing.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the JVM's shared {@link KafkaBroker}.
 * <p>
 * {@link #stop()} leaves the broker running: later test classes of the same JVM reuse it, and a shutdown hook
 * stops it when the JVM exits.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        KafkaBroker broker = KafkaBroker.shared();
        return Map.of(
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "quarkus.kafka.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // The shared broker outlives test classes; see the class comment.
    }
}
