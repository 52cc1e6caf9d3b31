package io.ipaccord.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Evaluates the rendered NetworkPolicies (plus the one Strimzi generates for the Kafka listener) for the flows the
 * suite needs and for flows that must stay closed. Pods the operators create are modelled with the labels those
 * operators put on them; IP blocks are not modelled (the API server is reached by port only).
 */
class NetworkPolicyTest {

    record Pod(String name, String namespace, Map<String, String> labels, Map<String, Integer> ports) {
    }

    @TestFactory
    Stream<DynamicTest> flowsAreAllowedOrDenied() {
        return Variants.all().stream().filter(v -> !v.ofKind("NetworkPolicy").isEmpty()).map(v -> dynamicTest(v.name(), () -> {
            Model model = new Model(v);
            List<String> wrong = new ArrayList<>();
            String gateway = "gateway";
            // An unknown pod of the namespace (its own egress is closed by default, so its ingress side is checked too),
            // and a pod of another namespace that copies the gateway's labels.
            Pod intruder = model.pod("intruder", Map.of("app", "intruder"));
            Pod outsider = model.external("outsider", "elsewhere", Map.of("app.kubernetes.io/name", gateway));
            Pod dns = model.external("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"));
            Pod ingress = model.external("ingress-controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
            Pod prometheus = model.external("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
            Pod apiServer = model.external("kube-apiserver", "default", Map.of("component", "apiserver"));
            Pod cnpgOperator = model.external("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"));
            Pod broker = model.broker();
            Pod entityOperator = model.entityOperator();
            // The monitoring component's trace collector (the OpenTelemetry Operator labels its pods by name).
            boolean tracing = !v.ofKind("OpenTelemetryCollector").isEmpty();
            Pod collector = model.pod("ipaccord-otel-collector", Map.of("app.kubernetes.io/name", "ipaccord-otel-collector",
                    "app.kubernetes.io/component", "opentelemetry-collector"));
            Pod traceStore = model.external("tempo", "monitoring", Map.of("app.kubernetes.io/name", "tempo"));
            // The OIDC provider whose keys (JWKS) verify the writers' tokens (base/security.env).
            Pod keycloak = model.external("keycloak", "keycloak", Map.of("app.kubernetes.io/name", "keycloak"));

            for (Sources.Service s : Sources.services()) {
                Pod pod = model.app(s.name());
                model.expect(wrong, pod, dns, 53, "UDP", true);
                model.expect(wrong, prometheus, pod, s.port(), "TCP", true);
                model.expect(wrong, intruder, pod, s.port(), "TCP", false);
                model.expectIngress(wrong, intruder, pod, s.port(), false);
                model.expect(wrong, outsider, pod, s.port(), "TCP", false);
                model.expect(wrong, ingress, pod, s.port(), "TCP", s.name().equals(gateway));
                model.expect(wrong, pod, apiServer, 443, "TCP", false);
                model.expectEgress(wrong, pod, keycloak, 8080, true);
                model.expect(wrong, pod, broker, 9092, "TCP", s.usesKafka());
                if (tracing) {
                    model.expect(wrong, pod, collector, 4317, "TCP", true);
                }
                String own = s.usesDatabase() ? model.cluster(s.name()) : null;
                for (String cluster : model.clusters()) {
                    model.expect(wrong, pod, model.instance(cluster), 5432, "TCP", cluster.equals(own));
                }
                for (Sources.Service other : Sources.services()) {
                    if (!other.name().equals(s.name())) {
                        // Services never call each other (DESIGN.md); the gateway calls every service.
                        boolean calls = s.name().equals(gateway) || s.restClients().contains(other.name());
                        model.expect(wrong, pod, model.app(other.name()), other.port(), "TCP", calls);
                    }
                }
            }
            if (tracing) {
                model.expect(wrong, collector, traceStore, 4317, "TCP", true);
                model.expect(wrong, intruder, collector, 4317, "TCP", false);
                model.expect(wrong, collector, broker, 9092, "TCP", false);
            }
            model.expectEgress(wrong, intruder, keycloak, 8080, false);
            model.expect(wrong, intruder, broker, 9092, "TCP", false);
            model.expectIngress(wrong, intruder, broker, 9092, false);
            model.expect(wrong, outsider, broker, 9092, "TCP", false);
            model.expectEgress(wrong, broker, broker, 9091, true);
            model.expectEgress(wrong, broker, broker, 9090, true);
            model.expectEgress(wrong, entityOperator, broker, 9091, true);
            model.expectEgress(wrong, entityOperator, apiServer, 443, true);
            for (String cluster : model.clusters()) {
                Pod instance = model.instance(cluster);
                model.expect(wrong, cnpgOperator, instance, 8000, "TCP", true);
                model.expect(wrong, instance, instance, 5432, "TCP", true);
                model.expect(wrong, instance, apiServer, 443, "TCP", true);
                model.expect(wrong, prometheus, instance, 9187, "TCP", true);
                model.expect(wrong, intruder, instance, 5432, "TCP", false);
                model.expectIngress(wrong, intruder, instance, 5432, false);
                model.expect(wrong, outsider, instance, 5432, "TCP", false);
                for (String other : model.clusters()) {
                    if (!other.equals(cluster)) {
                        model.expect(wrong, instance, model.instance(other), 5432, "TCP", false);
                    }
                }
            }
            assertThat(wrong).as("%s: flows the NetworkPolicies get wrong", v).isEmpty();
        }));
    }

    /** The pods of one rendering and the policies that select them. */
    static final class Model {
        private static final Pattern JDBC_HOST = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw[:/].*");
        private final Variant variant;
        private final String namespace;
        private final List<NetworkPolicy> policies = new ArrayList<>();
        private final String kafka;

        Model(Variant v) {
            this.variant = v;
            this.namespace = v.ofKind("Namespace").get(0).path("metadata").path("name").asText();
            this.policies.addAll(v.ofKind("NetworkPolicy", NetworkPolicy.class));
            JsonNode k = v.ofKind("Kafka").get(0);
            this.kafka = k.path("metadata").path("name").asText();
            // Strimzi generates an ingress policy per listener from its networkPolicyPeers (all peers when absent).
            for (JsonNode listener : k.path("spec").path("kafka").path("listeners")) {
                List<NetworkPolicyPeer> peers = new ArrayList<>();
                listener.path("networkPolicyPeers").forEach(p -> peers.add(Variant.MAPPER.convertValue(p, NetworkPolicyPeer.class)));
                policies.add(new NetworkPolicyBuilder().withNewMetadata().withName("strimzi-" + listener.path("name").asText())
                        .withNamespace(namespace).endMetadata().withNewSpec()
                        .withNewPodSelector().addToMatchLabels(brokerLabels()).endPodSelector()
                        .withPolicyTypes("Ingress").addNewIngress().withFrom(peers)
                        .addNewPort().withProtocol("TCP").withPort(new IntOrString(listener.path("port").asInt())).endPort()
                        .endIngress().endSpec().build());
            }
        }

        Pod app(String name) {
            var template = variant.deployment(name).getSpec().getTemplate();
            Map<String, Integer> ports = new HashMap<>();
            template.getSpec().getContainers().forEach(c -> Optional.ofNullable(c.getPorts()).orElse(List.of())
                    .forEach(p -> ports.put(p.getName(), p.getContainerPort())));
            return new Pod(name, namespace, template.getMetadata().getLabels(), ports);
        }

        Pod pod(String name, Map<String, String> labels) {
            return new Pod(name, namespace, labels, Map.of());
        }

        Pod external(String name, String ns, Map<String, String> labels) {
            return new Pod(name, ns, labels, Map.of());
        }

        private Map<String, String> brokerLabels() {
            return Map.of("strimzi.io/cluster", kafka, "strimzi.io/kind", "Kafka", "strimzi.io/name", kafka + "-kafka",
                    "strimzi.io/broker-role", "true");
        }

        Pod broker() {
            Map<String, String> labels = new LinkedHashMap<>(brokerLabels());
            labels.put("strimzi.io/controller-role", "true");
            return pod(kafka + "-broker", labels);
        }

        Pod entityOperator() {
            return pod(kafka + "-entity-operator", Map.of("strimzi.io/cluster", kafka, "strimzi.io/kind", "Kafka",
                    "strimzi.io/name", kafka + "-entity-operator"));
        }

        List<String> clusters() {
            return variant.ofKind("Cluster").stream().map(c -> c.path("metadata").path("name").asText()).toList();
        }

        Pod instance(String cluster) {
            return new Pod(cluster + "-1", namespace, Map.of("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance"),
                    Map.of("postgresql", 5432, "metrics", 9187, "status", 8000));
        }

        String cluster(String service) {
            String url = variant.environment(variant.deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0))
                    .getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "");
            Matcher m = JDBC_HOST.matcher(url);
            return m.matches() ? m.group(1) : null;
        }

        void expect(List<String> wrong, Pod from, Pod to, int port, String protocol, boolean allowed) {
            boolean egress = allows(from, to, port, protocol, "Egress");
            boolean ingress = allows(to, from, port, protocol, "Ingress");
            if ((egress && ingress) != allowed) {
                wrong.add(from.name() + " -> " + to.name() + ":" + port + "/" + protocol + " should be "
                        + (allowed ? "allowed" : "denied") + " (egress " + (egress ? "open" : "closed") + ", ingress "
                        + (ingress ? "open" : "closed") + ")");
            }
        }

        /** Only the receiver's side. */
        void expectIngress(List<String> wrong, Pod from, Pod to, int port, boolean allowed) {
            if (allows(to, from, port, "TCP", "Ingress") != allowed) {
                wrong.add(from.name() + " -> " + to.name() + ":" + port + " ingress should be " + (allowed ? "allowed" : "denied"));
            }
        }

        /** Only the sender's side: ingress to operator-managed pods is the operator's own policy. */
        void expectEgress(List<String> wrong, Pod from, Pod to, int port, boolean allowed) {
            if (allows(from, to, port, "TCP", "Egress") != allowed) {
                wrong.add(from.name() + " -> " + to.name() + ":" + port + " egress should be " + (allowed ? "allowed" : "denied"));
            }
        }

        /** Whether the policies of {@code self} let traffic go to (Egress) or come from (Ingress) {@code peer}. */
        private boolean allows(Pod self, Pod peer, int port, String protocol, String direction) {
            Pod destination = direction.equals("Egress") ? peer : self;
            List<NetworkPolicy> selecting = policies.stream()
                    .filter(p -> self.namespace().equals(namespaceOf(p)) && p.getSpec().getPolicyTypes().contains(direction)
                            && selects(p.getSpec().getPodSelector(), self.labels()))
                    .toList();
            if (selecting.isEmpty()) {
                return true; // not isolated in this direction
            }
            for (NetworkPolicy p : selecting) {
                var rules = direction.equals("Egress")
                        ? p.getSpec().getEgress().stream().map(r -> new Rule(r.getTo(), r.getPorts())).toList()
                        : p.getSpec().getIngress().stream().map(r -> new Rule(r.getFrom(), r.getPorts())).toList();
                for (Rule rule : rules) {
                    boolean peerOk = rule.peers() == null || rule.peers().isEmpty()
                            || rule.peers().stream().anyMatch(x -> matches(x, peer, namespaceOf(p)));
                    boolean portOk = rule.ports() == null || rule.ports().isEmpty()
                            || rule.ports().stream().anyMatch(x -> matches(x, port, protocol, destination));
                    if (peerOk && portOk) {
                        return true;
                    }
                }
            }
            return false;
        }

        private record Rule(List<NetworkPolicyPeer> peers, List<NetworkPolicyPort> ports) {
        }

        private String namespaceOf(NetworkPolicy p) {
            return Optional.ofNullable(p.getMetadata().getNamespace()).orElse(namespace);
        }

        private static boolean selects(LabelSelector selector, Map<String, String> labels) {
            return selector == null || Pods.matches(selector, labels);
        }

        private static boolean matches(NetworkPolicyPeer peer, Pod pod, String policyNamespace) {
            if (peer.getIpBlock() != null) {
                return false;
            }
            boolean ns = peer.getNamespaceSelector() == null ? pod.namespace().equals(policyNamespace)
                    : Pods.matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", pod.namespace()));
            return ns && selects(peer.getPodSelector(), pod.labels());
        }

        private static boolean matches(NetworkPolicyPort rule, int port, String protocol, Pod destination) {
            if (!Optional.ofNullable(rule.getProtocol()).orElse("TCP").equals(protocol)) {
                return false;
            }
            IntOrString p = rule.getPort();
            if (p == null) {
                return true;
            }
            if (p.getIntVal() != null) {
                int end = Optional.ofNullable(rule.getEndPort()).orElse(p.getIntVal());
                return port >= p.getIntVal() && port <= end;
            }
            return Integer.valueOf(port).equals(destination.ports().get(p.getStrVal()));
        }
    }
}
