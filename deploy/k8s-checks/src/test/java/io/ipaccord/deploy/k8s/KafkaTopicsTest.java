package io.ipaccord.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Topics come from contracts: each has a KafkaTopic, nothing else does, and the broker never creates one. */
class KafkaTopicsTest {

    @Test
    void contractsNameTopics() {
        assertThat(Sources.topics()).as("topics read from contracts (Topics.java, asyncapi.yaml)").isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyContractTopicHasAKafkaTopic() {
        return Variants.all().stream().map(v -> dynamicTest(v.name(), () -> {
            JsonNode kafka = single(v, "Kafka");
            String cluster = kafka.path("metadata").path("name").asText();
            JsonNode config = kafka.path("spec").path("kafka").path("config");
            assertThat(config.path("auto.create.topics.enable").asText()).as("auto.create.topics.enable").isEqualTo("false");
            int brokers = v.ofKind("KafkaNodePool").stream()
                    .filter(p -> p.path("metadata").path("labels").path("strimzi.io/cluster").asText().equals(cluster))
                    .filter(p -> p.path("spec").path("roles").toString().contains("\"broker\""))
                    .mapToInt(p -> p.path("spec").path("replicas").asInt()).sum();
            assertThat(v.ofKind("KafkaNodePool")).as("KRaft controllers").anyMatch(p -> p.path("spec").path("roles").toString().contains("\"controller\""));

            Map<String, JsonNode> declared = new TreeMap<>();
            for (JsonNode t : v.ofKind("KafkaTopic")) {
                String name = t.path("spec").path("topicName").asText(t.path("metadata").path("name").asText());
                assertThat(declared.put(name, t)).as("one KafkaTopic for %s", name).isNull();
            }
            assertThat(declared.keySet()).as("KafkaTopics of %s against the topics in contracts", v)
                    .containsExactlyInAnyOrderElementsOf(Sources.topics().keySet());
            Sources.topics().values().forEach(topic -> {
                JsonNode t = declared.get(topic.name());
                String what = v + " KafkaTopic " + topic.name();
                assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asText()).as("%s cluster label", what).isEqualTo(cluster);
                String policy = t.path("spec").path("config").path("cleanup.policy").asText("delete");
                if (topic.compacted()) {
                    assertThat(policy).as("%s: contracts say compacted (%s)", what, topic.declaredIn()).contains("compact");
                } else {
                    assertThat(policy).as("%s: an event log in contracts (%s)", what, topic.declaredIn()).isEqualTo("delete");
                }
                int replicas = t.path("spec").path("replicas").asInt();
                int minIsr = t.path("spec").path("config").path("min.insync.replicas").asInt(config.path("min.insync.replicas").asInt(1));
                assertThat(replicas).as("%s replicas", what).isBetween(1, brokers);
                assertThat(t.path("spec").path("partitions").asInt()).as("%s partitions", what).isPositive();
                if (v.production()) {
                    assertThat(replicas).as("%s replicas in production", what).isGreaterThanOrEqualTo(3);
                    assertThat(minIsr).as("%s min.insync.replicas: writes go on with one broker down", what).isBetween(2, replicas - 1);
                } else {
                    assertThat(minIsr).as("%s min.insync.replicas", what).isBetween(1, replicas);
                }
            });
        }));
    }

    @TestFactory
    Stream<DynamicTest> servicesUseTheKafkaBootstrapService() {
        return Variants.all().stream().map(v -> dynamicTest(v.name(), () -> {
            JsonNode kafka = single(v, "Kafka");
            String cluster = kafka.path("metadata").path("name").asText();
            int port = kafka.path("spec").path("kafka").path("listeners").get(0).path("port").asInt();
            Sources.services().stream().filter(Sources.Service::usesKafka).map(s -> v.deployment(s.name()))
                    .forEach(d -> assertThat(v.environment(d.getSpec().getTemplate().getSpec().getContainers().get(0)))
                    .as("%s %s", v, d.getMetadata().getName())
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", cluster + "-kafka-bootstrap:" + port));
        }));
    }

    private static JsonNode single(Variant v, String kind) {
        assertThat(v.ofKind(kind)).as("%s: %s resources", v, kind).hasSize(1);
        return v.ofKind(kind).get(0);
    }
}
