package io.ipaccord.testing.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaTestResourceTest {

    @Test
    void suppliesTheSharedBrokerAndLeavesItRunningOnStop() {
        KafkaTestResource resource = new KafkaTestResource();
        Map<String, String> config = resource.start();

        assertEquals(KafkaBroker.shared().bootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals("false", config.get("quarkus.kafka.devservices.enabled"));

        resource.stop();
        assertTrue(KafkaBroker.shared().isRunning(), "other test classes of the JVM still need the broker");
    }
}
