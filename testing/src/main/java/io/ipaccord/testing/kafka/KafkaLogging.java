package io.ipaccord.testing.kafka;

import java.util.List;
import org.jboss.logmanager.Level;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;

/** Keeps the in-JVM broker's INFO chatter (thousands of lines per start) out of test output. */
final class KafkaLogging {

    /** Kafka's logger categories; "state.change.logger" and "kafka.*" are the broker's own. */
    static final List<String> CATEGORIES = List.of("kafka", "org.apache.kafka", "state.change.logger");

    /** Held so the configured levels cannot be garbage collected with their loggers. */
    private static List<Logger> configured = List.of();

    private KafkaLogging() {
    }

    /** Sets the Kafka categories to WARN unless something (logging.properties, Quarkus config) already set them. */
    static synchronized void quiet() {
        if (!configured.isEmpty()) {
            return;
        }
        LogContext context = LogContext.getLogContext();
        configured = CATEGORIES.stream().map(context::getLogger).toList();
        for (Logger logger : configured) {
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARN);
            }
        }
    }
}
