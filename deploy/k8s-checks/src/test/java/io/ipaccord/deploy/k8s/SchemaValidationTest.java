package io.ipaccord.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Every rendered object against its pinned schema: built-in kinds, Strimzi, CloudNativePG, monitoring, Gateway API. */
class SchemaValidationTest {

    @Test
    void everyRenderedObjectMatchesItsSchemaWithoutUnknownFields() throws IOException {
        List<Path> files = Variants.all().stream().map(Variant::file).toList();
        JsonNode report = validate(files);
        assertThat(report.path("objects").asInt()).as("objects validated")
                .isEqualTo(Variants.all().stream().mapToInt(v -> v.objects().size()).sum());
        assertThat(errors(report)).as("schema errors").isEmpty();
    }

    /** The validator itself: a manifest with known mistakes must be rejected for each of them. */
    @Test
    void validatorRejectsUnknownFieldsWrongTypesAndUnknownKinds() throws IOException, URISyntaxException {
        Path invalid = Path.of(Objects.requireNonNull(getClass().getResource("/invalid-manifests.yaml")).toURI());
        assertThat(errors(validate(List.of(invalid)))).containsExactlyInAnyOrder(
                "Deployment/typos spec.replicas: must be integer",
                "Deployment/typos spec.template.spec.containers[0].imagePullPolicyy: unknown field",
                "Deployment/typos spec.template.spec.containers[0].ports[0].protocol: must be equal to one of the allowed values",
                "KafkaTopic/typos spec.partitionz: unknown field",
                "Kafka/typos spec.kafka.listeners[0].networkPolicyPeer: unknown field",
                "Cluster/typos spec.bootstrap.initdb.ownerr: unknown field",
                "ServiceMonitor/typos spec.endpoints[0].paht: unknown field",
                "HTTPRoute/typos spec.rules[0].backendRefs[0].prot: unknown field",
                "Widget/typos : no pinned schema for example.com/v1 Widget");
    }

    private static JsonNode validate(List<Path> files) throws IOException {
        Tools tools = Tools.get();
        List<String> command = new ArrayList<>(List.of("node", tools.validator.toString()));
        files.forEach(f -> command.add(f.toString()));
        Proc result = Proc.run(command, tools.validator.getParent(), Duration.ofMinutes(2));
        assertThat(result.exitCode()).as("validator exit code (0 valid, 1 invalid); stderr:\n%s", result.stderr()).isIn(0, 1);
        return new ObjectMapper().readTree(result.stdout());
    }

    private static List<String> errors(JsonNode report) {
        List<String> errors = new ArrayList<>();
        report.path("errors").forEach(e -> errors.add(e.path("object").asText() + " " + e.path("path").asText() + ": "
                + e.path("message").asText().replaceAll(" \\{.*}$", "")
                + (e.path("file").asText().contains("invalid-manifests") ? "" : " (" + e.path("file").asText() + ")")));
        return errors;
    }
}
