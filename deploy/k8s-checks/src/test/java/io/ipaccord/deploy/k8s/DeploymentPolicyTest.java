package io.ipaccord.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What every service Deployment must do in every rendering (issue "Every service Deployment"). Each dynamic test
 * lists all violations of one Deployment at once.
 */
class DeploymentPolicyTest {

    private static final Map<String, String> PROBES = Map.of(
            "startup", "/q/health/started", "readiness", "/q/health/ready", "liveness", "/q/health/live");

    @TestFactory
    Stream<DynamicTest> everyDeploymentIsHardened() {
        return Variants.all().stream().flatMap(v -> v.deployments().stream().map(d -> dynamicTest(
                v.name() + ": " + d.getMetadata().getName(), () -> {
                    List<String> violations = violations(v, d);
                    assertThat(violations).as("%s Deployment %s", v, d.getMetadata().getName()).isEmpty();
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyServiceIsDeployed() {
        return Variants.all().stream().map(v -> dynamicTest(v.name(), () -> assertThat(
                v.deployments().stream().map(d -> d.getMetadata().getName()).toList())
                .as("%s: one Deployment per service module (a module with quarkus.http.port)", v)
                .containsExactlyInAnyOrderElementsOf(Sources.services().stream().map(Sources.Service::name).toList())));
    }

    static List<String> violations(Variant v, Deployment d) {
        List<String> out = new ArrayList<>();
        String name = d.getMetadata().getName();
        Sources.Service service = Sources.service(name);
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();

        // Rollout and replicas
        RollingUpdateDeployment rolling = d.getSpec().getStrategy() == null ? null : d.getSpec().getStrategy().getRollingUpdate();
        if (d.getSpec().getStrategy() == null || !"RollingUpdate".equals(d.getSpec().getStrategy().getType()) || rolling == null
                || rolling.getMaxUnavailable() == null || !List.of("0", "0%").contains(String.valueOf(
                        rolling.getMaxUnavailable().getIntVal() != null ? rolling.getMaxUnavailable().getIntVal()
                                : rolling.getMaxUnavailable().getStrVal()))) {
            out.add("strategy must be RollingUpdate with maxUnavailable: 0");
        }
        Optional<HorizontalPodAutoscaler> hpa = v.ofKind("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class).stream()
                .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                        && name.equals(h.getSpec().getScaleTargetRef().getName())).findFirst();
        int minimum = v.production() ? 2 : 1;
        if (hpa.isPresent()) {
            if (d.getSpec().getReplicas() != null) {
                out.add("spec.replicas must be left to the HorizontalPodAutoscaler " + hpa.get().getMetadata().getName());
            }
            int min = Optional.ofNullable(hpa.get().getSpec().getMinReplicas()).orElse(1);
            if (min < minimum) {
                out.add("HorizontalPodAutoscaler minReplicas " + min + " < " + minimum);
            }
        } else if (d.getSpec().getReplicas() == null || d.getSpec().getReplicas() < minimum) {
            out.add("replicas " + d.getSpec().getReplicas() + " < " + minimum);
        }

        // Pod security and service account
        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            out.add("automountServiceAccountToken must be false");
        }
        String account = pod.getServiceAccountName();
        Optional<ServiceAccount> sa = v.ofKind("ServiceAccount", ServiceAccount.class).stream()
                .filter(s -> s.getMetadata().getName().equals(account)).findFirst();
        if (account == null || account.equals("default") || sa.isEmpty()) {
            out.add("must run as its own rendered ServiceAccount, not " + account);
        } else if (Boolean.TRUE.equals(sa.get().getAutomountServiceAccountToken())) {
            out.add("ServiceAccount " + account + " mounts its token");
        }
        PodSecurityContext psc = Optional.ofNullable(pod.getSecurityContext()).orElse(new PodSecurityContext());
        if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID()) || Boolean.TRUE.equals(pod.getHostIPC())) {
            out.add("must not share host namespaces");
        }
        if (pod.getContainers().size() != 1) {
            out.add("expected exactly one container, found " + pod.getContainers().size());
        }
        Container c = pod.getContainers().get(0);
        SecurityContext sc = Optional.ofNullable(c.getSecurityContext()).orElse(new SecurityContext());
        if (!Boolean.TRUE.equals(Optional.ofNullable(sc.getRunAsNonRoot()).orElse(psc.getRunAsNonRoot()))) {
            out.add("runAsNonRoot must be true");
        }
        Long uid = sc.getRunAsUser() != null ? sc.getRunAsUser() : psc.getRunAsUser();
        if (uid != null && uid == 0) {
            out.add("runAsUser must not be 0");
        }
        String seccomp = sc.getSeccompProfile() != null ? sc.getSeccompProfile().getType()
                : psc.getSeccompProfile() != null ? psc.getSeccompProfile().getType() : null;
        if (!"RuntimeDefault".equals(seccomp)) {
            out.add("seccompProfile must be RuntimeDefault, is " + seccomp);
        }
        if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
            out.add("allowPrivilegeEscalation must be false");
        }
        if (Boolean.TRUE.equals(sc.getPrivileged())) {
            out.add("must not be privileged");
        }
        if (sc.getCapabilities() == null || sc.getCapabilities().getDrop() == null || !sc.getCapabilities().getDrop().contains("ALL")
                || (sc.getCapabilities().getAdd() != null && !sc.getCapabilities().getAdd().isEmpty())) {
            out.add("capabilities must drop ALL and add none");
        }
        if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
            out.add("readOnlyRootFilesystem must be true");
        }
        boolean tmpIsEmptyDir = Optional.ofNullable(c.getVolumeMounts()).orElse(List.of()).stream()
                .filter(m -> m.getMountPath().equals("/tmp"))
                .anyMatch(m -> Optional.ofNullable(pod.getVolumes()).orElse(List.of()).stream()
                        .filter(vol -> vol.getName().equals(m.getName())).map(Volume::getEmptyDir).anyMatch(Objects::nonNull));
        if (!tmpIsEmptyDir) {
            out.add("/tmp must be an emptyDir volume (the root filesystem is read-only)");
        }

        // Image
        String image = c.getImage();
        String afterRegistry = image.substring(image.lastIndexOf('/') + 1);
        if (!image.contains("@sha256:") && (!afterRegistry.contains(":") || afterRegistry.endsWith(":latest"))) {
            out.add("image " + image + " must have a tag other than latest, or a digest");
        }
        if (!image.contains("/")) {
            out.add("image " + image + " has no registry: the overlay's images: entry did not apply");
        }

        // Probes on the service's port
        Map<String, Probe> probes = Map.of("startup", nn(c.getStartupProbe()), "readiness", nn(c.getReadinessProbe()),
                "liveness", nn(c.getLivenessProbe()));
        PROBES.forEach((kind, path) -> {
            HTTPGetAction get = probes.get(kind).getHttpGet();
            if (get == null) {
                out.add(kind + "Probe must be an HTTP GET on " + path);
                return;
            }
            if (!path.equals(get.getPath())) {
                out.add(kind + "Probe path " + get.getPath() + " must be " + path);
            }
            OptionalInt port = Pods.port(c, get.getPort());
            if (port.isEmpty() || port.getAsInt() != service.port()) {
                out.add(kind + "Probe port " + get.getPort() + " must resolve to quarkus.http.port " + service.port());
            }
        });

        // Resources and JVM sizing
        Map<String, Quantity> requests = c.getResources() == null || c.getResources().getRequests() == null ? Map.of()
                : c.getResources().getRequests();
        Map<String, Quantity> limits = c.getResources() == null || c.getResources().getLimits() == null ? Map.of()
                : c.getResources().getLimits();
        if (!requests.containsKey("cpu") || !requests.containsKey("memory")) {
            out.add("resources.requests must set cpu and memory");
        }
        if (!limits.containsKey("memory")) {
            out.add("resources.limits must set memory");
        } else if (requests.containsKey("memory") && Pods.bytes(limits.get("memory")) < Pods.bytes(requests.get("memory"))) {
            out.add("memory limit below the request");
        }
        Map<String, String> env = v.environment(c);
        String jvm = env.getOrDefault("JAVA_TOOL_OPTIONS", "");
        if (!jvm.contains("-XX:MaxRAMPercentage=") || jvm.matches(".*-Xmx\\S+.*")) {
            out.add("JAVA_TOOL_OPTIONS must size the heap from the container (-XX:MaxRAMPercentage), not -Xmx: " + jvm);
        }

        // Graceful shutdown: Quarkus first turns readiness DOWN (delay), then drains (timeout); Kubernetes waits longer.
        Optional<Duration> delay = Optional.ofNullable(env.get("QUARKUS_SHUTDOWN_DELAY")).or(() -> service.property("quarkus.shutdown.delay")).map(Pods::duration);
        Optional<Duration> timeout = Optional.ofNullable(env.get("QUARKUS_SHUTDOWN_TIMEOUT")).or(() -> service.property("quarkus.shutdown.timeout")).map(Pods::duration);
        if (delay.isEmpty() || timeout.isEmpty()) {
            out.add("QUARKUS_SHUTDOWN_DELAY and QUARKUS_SHUTDOWN_TIMEOUT must be set");
        } else {
            long grace = Optional.ofNullable(pod.getTerminationGracePeriodSeconds()).orElse(30L);
            long needed = delay.get().plus(timeout.get()).toSeconds();
            if (grace <= needed) {
                out.add("terminationGracePeriodSeconds " + grace + " must exceed shutdown delay + timeout (" + needed + " s)");
            }
        }

        // Disruption budget
        List<PodDisruptionBudget> budgets = v.ofKind("PodDisruptionBudget", PodDisruptionBudget.class).stream()
                .filter(p -> Pods.matches(p.getSpec().getSelector(), podLabels)).toList();
        if (budgets.size() != 1) {
            out.add("exactly one PodDisruptionBudget must select the pods, found " + budgets.size());
        } else if (budgets.get(0).getSpec().getMinAvailable() != null) {
            out.add("PodDisruptionBudget should use maxUnavailable (minAvailable blocks drains of a single replica)");
        }

        // Network policies, where the rendering has any (production always does: see RenderTest)
        List<NetworkPolicy> policies = v.ofKind("NetworkPolicy", NetworkPolicy.class);
        if (v.has("network-policies") || v.production()) {
            boolean denied = policies.stream().anyMatch(p -> p.getSpec().getPodSelector() != null
                    && Pods.matches(p.getSpec().getPodSelector(), podLabels)
                    && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                    && p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty());
            boolean allowed = policies.stream().anyMatch(p -> Pods.matches(p.getSpec().getPodSelector(), podLabels)
                    && !(p.getSpec().getPodSelector().getMatchLabels() == null || p.getSpec().getPodSelector().getMatchLabels().isEmpty())
                    && (!p.getSpec().getIngress().isEmpty() || !p.getSpec().getEgress().isEmpty()));
            if (!denied || !allowed) {
                out.add("NetworkPolicies must deny all by default and allow this Deployment's traffic explicitly");
            }
        }
        return out;
    }

    private static Probe nn(Probe probe) {
        return probe == null ? new Probe() : probe;
    }
}
