import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Mutation-to-Kafka latency: renames a test member state (QZ) N times through member-service's REST API, one write at
 * a time, and measures from just before each request until its event is read from ipaccord.member-states.v1. Run by
 * bench/outbox-lag.sh (java single-file source, Kafka's client jars on the class path).
 */
public class OutboxLag {

    public static void main(String[] args) throws Exception {
        String member = args[0];
        String bootstrap = args[1];
        int writes = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        // Writes need an admin's token (the removal at the end); outbox-lag.sh takes one from ./ipaccord token.
        String authorization = "Bearer " + System.getenv("TOKEN");
        send(http, HttpRequest.newBuilder(URI.create(member + "/member-states"))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"QZ\",\"alpha3\":\"QZZ\",\"numeric\":\"999\",\"name\":\"Bench Republic\"}")).build());
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        p.put("enable.auto.commit", "false");
        p.put("isolation.level", "read_committed");
        List<Long> lags = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor("ipaccord.member-states.v1").stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            for (int n = 0; n < writes; n++) {
                String name = "Bench Republic " + n;
                long t0 = System.nanoTime();
                send(http, HttpRequest.newBuilder(URI.create(member + "/member-states/QZ"))
                        .header("Content-Type", "application/json").header("Authorization", authorization)
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"alpha3\":\"QZZ\",\"numeric\":\"999\",\"name\":\"" + name + "\"}")).build());
                boolean seen = false;
                long deadline = t0 + Duration.ofSeconds(30).toNanos();
                while (!seen && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(20))) {
                        if ("QZ".equals(r.key()) && r.value() != null && r.value().contains("\"" + name + "\"")) {
                            seen = true;
                        }
                    }
                }
                if (!seen) {
                    throw new IllegalStateException("write " + n + " not on Kafka within 30 s");
                }
                lags.add((System.nanoTime() - t0) / 1000);
            }
        } finally {
            http.send(HttpRequest.newBuilder(URI.create(member + "/member-states/QZ"))
                    .header("Authorization", authorization).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
        List<Long> warm = new ArrayList<>(lags.subList(1, lags.size()));
        Collections.sort(warm);
        System.out.printf("writes %d, first %.1f ms, then p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", writes, lags.get(0) / 1000.0,
                pct(warm, 50), pct(warm, 99), warm.get(warm.size() - 1) / 1000.0);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    private static void send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + response.statusCode() + " " + response.body());
        }
    }
}
