package io.ipaccord.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RenderTest {

    @TestFactory
    Stream<DynamicTest> everyOverlayAndComponentCombinationRenders() {
        return Variants.all().stream().map(v -> dynamicTest(v.name(), () -> {
            assertThat(v.objects()).as("%s renders objects", v).isNotEmpty();
            assertThat(v.ofKind("Namespace")).as("%s creates its namespace", v).hasSize(1);
            String namespace = v.ofKind("Namespace").get(0).path("metadata").path("name").asText();
            assertThat(v.objects()).as("%s: every namespaced object is in %s", v, namespace)
                    .filteredOn(o -> !o.path("kind").asText().equals("Namespace"))
                    .allSatisfy(o -> assertThat(o.path("metadata").path("namespace").asText()).isEqualTo(namespace));
        }));
    }

    @Test
    void everyComponentIsRenderedWithEveryOverlay() {
        for (String overlay : Variants.overlays()) {
            for (String component : Variants.components()) {
                assertThat(Variants.all()).as("a rendering of %s with %s", overlay, component)
                        .anyMatch(v -> v.overlay().equals(overlay) && v.has(component));
            }
        }
    }

    @Test
    void productionListsItsSafeguards() {
        assertThat(Variants.all()).filteredOn(v -> v.name().equals("prod")).singleElement()
                .satisfies(prod -> assertThat(prod.components())
                        .containsAll(List.of("network-policies", "monitoring", "autoscaling")));
    }
}
