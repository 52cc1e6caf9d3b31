package io.ipaccord.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Settings flow from the services' application.properties to the manifests; credentials never are in them. */
class ConfigurationTest {

    private static final Pattern CREDENTIAL = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY).*");
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw(?::(\\d+))?/([a-z0-9_]+)(\\?.*)?");

    @TestFactory
    Stream<DynamicTest> servicesAreBuiltForKubernetes() {
        return Sources.services().stream().map(s -> dynamicTest(s.name(), () -> {
            assertThat(s.property("quarkus.shutdown.delay-enabled")).as(
                    "%s: quarkus.shutdown.delay-enabled=true (build time) so QUARKUS_SHUTDOWN_DELAY turns readiness DOWN before the"
                            + " server stops", s.file()).hasValue("true");
            if (s.usesDatabase()) {
                // Flyway takes a PostgreSQL advisory lock: replicas starting together migrate one at a time.
                assertThat(s.property("quarkus.flyway.migrate-at-start")).as("%s: migrations run at start", s.file()).hasValue("true");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> noCredentialsInManifests() {
        return Variants.all().stream().map(v -> dynamicTest(v.name(), () -> {
            assertThat(v.ofKind("Secret")).as("%s: Secrets come from the operators or the cluster, never from the repository", v).isEmpty();
            for (JsonNode map : v.ofKind("ConfigMap")) {
                map.path("data").properties().forEach(e -> {
                    assertThat(e.getKey().toUpperCase(Locale.ROOT)).as("%s ConfigMap key", v).doesNotMatch(CREDENTIAL);
                    assertThat(e.getValue().asText().toLowerCase(Locale.ROOT)).as("%s ConfigMap %s", v, e.getKey())
                            .doesNotContain("password=").doesNotContain("user=");
                });
            }
            v.deployments().forEach(d -> d.getSpec().getTemplate().getSpec().getContainers().forEach(c ->
                    Optional.ofNullable(c.getEnv()).orElse(List.of()).stream().filter(e -> CREDENTIAL.matcher(e.getName()).matches())
                            .forEach(e -> assertThat(e.getValueFrom()).as("%s %s env %s must come from a Secret", v,
                                    d.getMetadata().getName(), e.getName()).isNotNull())));
        }));
    }

    @TestFactory
    Stream<DynamicTest> servicesUseTheirCloudNativePgCluster() {
        return Variants.all().stream().flatMap(v -> Sources.services().stream().filter(Sources.Service::usesDatabase)
                .map(s -> dynamicTest(v + ": " + s.name(), () -> {
                    Container c = v.deployment(s.name()).getSpec().getTemplate().getSpec().getContainers().get(0);
                    String url = v.environment(c).get("QUARKUS_DATASOURCE_JDBC_URL");
                    assertThat(url).as("%s QUARKUS_DATASOURCE_JDBC_URL", s.name()).isNotNull().matches(JDBC);
                    Matcher m = JDBC.matcher(url);
                    assertThat(m.matches()).isTrue();
                    String cluster = m.group(1);
                    JsonNode db = v.find("Cluster", cluster)
                            .orElseThrow(() -> new AssertionError(v + ": " + s.name() + " connects to " + cluster + "-rw but there is no Cluster " + cluster));
                    assertThat(m.group(2) == null ? "5432" : m.group(2)).as("port").isEqualTo("5432");
                    JsonNode initdb = db.path("spec").path("bootstrap").path("initdb");
                    assertThat(m.group(3)).as("%s database", s.name()).isEqualTo(initdb.path("database").asText());
                    assertThat(db.path("spec").path("instances").asInt()).as("%s instances", cluster)
                            .isGreaterThanOrEqualTo(v.production() ? 3 : 1);
                    assertThat(db.path("spec").path("enableSuperuserAccess").asBoolean(true)).as("%s superuser access", cluster).isFalse();
                    Map<String, String> fromSecret = Map.of("QUARKUS_DATASOURCE_USERNAME", "username", "QUARKUS_DATASOURCE_PASSWORD", "password");
                    fromSecret.forEach((variable, key) -> {
                        SecretKeySelector ref = c.getEnv().stream().filter(e -> e.getName().equals(variable)).findFirst()
                                .map(EnvVar::getValueFrom).map(f -> f.getSecretKeyRef())
                                .orElseThrow(() -> new AssertionError(v + ": " + s.name() + " " + variable + " must come from a Secret"));
                        assertThat(ref.getName()).as("%s %s: the Secret CloudNativePG generates", s.name(), variable).isEqualTo(cluster + "-app");
                        assertThat(ref.getKey()).as("%s %s key", s.name(), variable).isEqualTo(key);
                    });
                })));
    }

    @TestFactory
    Stream<DynamicTest> restClientsPointAtTheirServices() {
        return Variants.all().stream().flatMap(v -> Sources.services().stream().filter(s -> !s.restClients().isEmpty())
                .map(s -> dynamicTest(v + ": " + s.name(), () -> {
                    Map<String, String> env = v.environment(v.deployment(s.name()).getSpec().getTemplate().getSpec().getContainers().get(0));
                    for (String client : s.restClients()) {
                        String variable = "QUARKUS_REST_CLIENT_" + client.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
                        Sources.Service target = Sources.service(client);
                        assertThat(env).as("%s %s (quarkus.rest-client.%s.url)", v, s.name(), client)
                                .containsEntry(variable, "http://" + target.name() + ":" + target.port());
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> gatewayIsExposedWithWebSockets() {
        return Variants.all().stream().map(v -> dynamicTest(v.name(), () -> {
            int port = Sources.service("gateway").port();
            List<Ingress> ingresses = v.ofKind("Ingress", Ingress.class);
            List<JsonNode> routes = v.ofKind("HTTPRoute");
            assertThat(ingresses.size() + routes.size()).as("%s: one Ingress or HTTPRoute", v).isEqualTo(1);
            if (v.has("gateway-api")) {
                JsonNode rule = routes.get(0).path("spec").path("rules").get(0);
                assertThat(rule.path("matches").get(0).path("path").path("value").asText()).isEqualTo("/graphql");
                assertThat(rule.path("backendRefs").get(0).path("name").asText()).isEqualTo("gateway");
                assertThat(rule.path("backendRefs").get(0).path("port").asInt()).isEqualTo(port);
                assertThat(rule.has("timeouts")).as("no request timeout cuts subscriptions").isFalse();
            } else {
                Ingress ingress = ingresses.get(0);
                assertThat(ingress.getSpec().getRules()).allSatisfy(r -> assertThat(r.getHttp().getPaths()).anySatisfy(p -> {
                    assertThat(p.getPath()).isEqualTo("/graphql");
                    assertThat(p.getBackend().getService().getName()).isEqualTo("gateway");
                    assertThat(p.getBackend().getService().getPort().getName()).isEqualTo("http");
                }));
                Map<String, String> annotations = ingress.getMetadata().getAnnotations();
                for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
                    assertThat(Integer.parseInt(annotations.getOrDefault("nginx.ingress.kubernetes.io/" + timeout, "60")))
                            .as("%s %s keeps idle WebSockets open", v, timeout).isGreaterThanOrEqualTo(3600);
                }
                if (v.production()) {
                    assertThat(ingress.getSpec().getTls()).as("%s: TLS", v).isNotEmpty();
                }
            }
        }));
    }
}
