package io.ipaccord.deploy.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rendering of deploy/k8s: an overlay plus the components it lists itself and those added on top.
 *
 * @param name       e.g. {@code dev+monitoring+network-policies}
 * @param overlay    the overlay folder name
 * @param components every component in effect (the overlay's own and the added ones)
 * @param file       the rendered YAML
 * @param objects    the rendered objects
 */
record Variant(String name, String overlay, List<String> components, Path file, List<JsonNode> objects) {

    static final ObjectMapper MAPPER = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    boolean production() {
        return overlay.equals("prod");
    }

    boolean has(String component) {
        return components.contains(component);
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    <T> List<T> ofKind(String kind, Class<T> type) {
        return ofKind(kind).stream().map(o -> MAPPER.convertValue(o, type)).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> o.path("metadata").path("name").asText().equals(name)).findFirst();
    }

    List<Deployment> deployments() {
        return ofKind("Deployment", Deployment.class);
    }

    Deployment deployment(String name) {
        return deployments().stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(this.name + ": no Deployment " + name));
    }

    /** The container's environment as the kubelet builds it: envFrom ConfigMaps first, then env literals. */
    Map<String, String> environment(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
            if (from.getConfigMapRef() != null) {
                String name = from.getConfigMapRef().getName();
                JsonNode map = find("ConfigMap", name)
                        .orElseThrow(() -> new AssertionError(this.name + ": ConfigMap " + name + " is referenced but not rendered"));
                Optional.ofNullable(MAPPER.convertValue(map, ConfigMap.class).getData()).ifPresent(env::putAll);
            }
        }
        for (EnvVar var : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
            if (var.getValue() != null) {
                env.put(var.getName(), var.getValue());
            } else {
                env.remove(var.getName());
            }
        }
        return env;
    }

    @Override
    public String toString() {
        return name;
    }
}
