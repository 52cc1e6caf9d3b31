package io.ipaccord.testing.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private static final Logger LOG = Logger.getLogger(KafkaBrokerTest.class);

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.shared();
        LOG.infof("Shared Kafka broker started in %d ms", broker.lastStartupDuration().toMillis());
    }

    @AfterEach
    void leaveBrokerRunning() {
        broker.start();
    }

    @Test
    void sharedBrokerIsOnePerJvmOnLoopback() {
        assertTrue(broker.isRunning());
        assertTrue(broker.bootstrapServers().startsWith("127.0.0.1:"), broker.bootstrapServers());
        assertTrue(KafkaBroker.shared() == broker, "shared() must return the same broker");
    }

    @Test
    void producedRecordIsConsumed() throws Exception {
        String topic = "round-trip-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "AT", "Austria")).get(30, TimeUnit.SECONDS);
        }
        List<ConsumerRecord<String, String>> records = consume(topic, 1);
        assertEquals("AT", records.get(0).key());
        assertEquals("Austria", records.get(0).value());
    }

    @Test
    void restartKeepsBootstrapAddressAndDataAndProducersReconnect() throws Exception {
        String topic = "restart-" + UUID.randomUUID();
        String bootstrap = broker.bootstrapServers();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "CH", "before stop")).get(30, TimeUnit.SECONDS);

            broker.stop();
            assertFalse(broker.isRunning());
            // send() itself may block: with its only broker gone the client re-bootstraps and forgets the topic's
            // metadata, so send() waits up to max.block.ms instead of buffering. Either way it must not complete.
            CompletableFuture<RecordMetadata> pending = CompletableFuture.supplyAsync(
                    () -> sendAndWait(producer, new ProducerRecord<>(topic, "CH", "while stopped")));
            await("send while the broker is down stays pending")
                    .during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> !pending.isDone());

            broker.start();
            LOG.infof("Kafka broker restarted in %d ms", broker.lastStartupDuration().toMillis());
            assertTrue(broker.isRunning());
            assertEquals(bootstrap, broker.bootstrapServers());
            assertEquals(1, pending.get(60, TimeUnit.SECONDS).offset(), "the pending send completes after the restart");
        }
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "CH", "after restart")).get(30, TimeUnit.SECONDS);
        }

        List<String> values = consume(topic, 3).stream().map(ConsumerRecord::value).toList();
        assertEquals(List.of("before stop", "while stopped", "after restart"), values);
    }

    @Test
    void sharedRestartsABrokerATestLeftStopped() {
        broker.stop();
        assertTrue(KafkaBroker.shared().isRunning());
    }

    private static RecordMetadata sendAndWait(KafkaProducer<String, String> producer, ProducerRecord<String, String> record) {
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static List<ConsumerRecord<String, String>> consume(String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            await("records on " + topic)
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                        return records.size() >= expected;
                    });
        }
        assertEquals(expected, records.size(), "records on " + topic);
        return records;
    }
}
