package io.ipaccord.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The port in each service's application.properties is the one its Deployment, Service and probes use. */
class ServicePortsTest {

    @Test
    void everyServiceModuleHasABaseAndEveryBaseAService() throws IOException {
        Path base = Workspace.k8s().resolve("base");
        List<String> bases;
        try (Stream<Path> dirs = Files.list(base)) {
            bases = dirs.filter(d -> Files.isRegularFile(d.resolve("deployment.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertThat(bases).as("deploy/k8s/base/<module> folders with a deployment.yaml")
                .containsExactlyInAnyOrderElementsOf(Sources.services().stream().map(Sources.Service::name).toList());
        String aggregate = Files.readString(base.resolve("kustomization.yaml"));
        assertThat(bases).allSatisfy(b -> assertThat(aggregate).as("base/kustomization.yaml lists %s", b).contains("  - " + b + "\n"));
    }

    @TestFactory
    Stream<DynamicTest> portsMatchApplicationProperties() {
        return Variants.all().stream().flatMap(v -> Sources.services().stream().map(s -> dynamicTest(v + ": " + s.name(), () -> {
            Deployment d = v.deployment(s.name());
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(c.getPorts()).as("%s container ports", s.name()).extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("http", s.port()));

            Service service = v.ofKind("Service", Service.class).stream()
                    .filter(x -> x.getMetadata().getName().equals(s.name())).findFirst()
                    .orElseThrow(() -> new AssertionError(v + ": no Service " + s.name()));
            Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).as("Service %s selects the pods", s.name()).containsAllEntriesOf(service.getSpec().getSelector());
            assertThat(service.getSpec().getPorts()).as("Service %s ports", s.name()).singleElement().satisfies(p -> {
                assertThat(p.getPort()).as("Service port").isEqualTo(s.port());
                assertThat(Pods.port(c, p.getTargetPort())).as("Service targetPort %s", p.getTargetPort()).hasValue(s.port());
            });
        })));
    }
}
