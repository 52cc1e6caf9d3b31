package io.ipaccord.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every service container's memory is sized with its heap, in every rendering (issue 10, item 3): the memory limit is
 * requested whole, the heap follows from it (MaxRAMPercentage) and is at least the heap the local launcher gives the
 * service (deploy/local/services, the size bench/memory.sh measured), and the limit leaves room beside the heap for
 * what the JVM needs there (metaspace, class-data archive, JIT code, threads, buffers: at most ~250 MB measured under
 * load, bench/RESULTS.md "Lean processes").
 */
class MemorySizingTest {

    /** Beside the heap: the measured ~250 MB and a margin. */
    static final long BESIDE_HEAP = 288L << 20;

    private static final Pattern PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)([kmg])", Pattern.CASE_INSENSITIVE);

    @TestFactory
    Stream<DynamicTest> everyContainerHasItsHeapAndRoomBesideIt() {
        Map<String, Long> launcherHeaps = launcherHeaps(Workspace.repoRoot().resolve("deploy/local/services"));
        return Variants.all().stream().flatMap(v -> v.deployments().stream().map(d -> dynamicTest(
                v.name() + ": " + d.getMetadata().getName(), () -> {
                    String name = d.getMetadata().getName();
                    List<String> violations = new ArrayList<>();
                    for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                        violations.addAll(violations(c, v.environment(c), launcherHeaps.get(name)));
                    }
                    assertThat(violations).as("%s Deployment %s", v, name).isEmpty();
                })));
    }

    @TestFactory
    Stream<DynamicTest> theLauncherSizesEveryService() {
        Map<String, Long> heaps = launcherHeaps(Workspace.repoRoot().resolve("deploy/local/services"));
        return Sources.services().stream().map(s -> dynamicTest(s.name(), () -> assertThat(heaps)
                .as("deploy/local/services: a heap for %s", s.name()).containsKey(s.name())));
    }

    static List<String> violations(Container c, Map<String, String> env, Long launcherHeap) {
        List<String> out = new ArrayList<>();
        String container = "container " + c.getName() + ": ";
        Map<String, Quantity> requests = c.getResources() == null ? null : c.getResources().getRequests();
        Map<String, Quantity> limits = c.getResources() == null ? null : c.getResources().getLimits();
        Quantity limit = limits == null ? null : limits.get("memory");
        if (limit == null) {
            out.add(container + "resources.limits.memory must be set");
            return out;
        }
        long limitBytes = Pods.bytes(limit);
        Quantity request = requests == null ? null : requests.get("memory");
        if (request == null || Pods.bytes(request) != limitBytes) {
            out.add(container + "resources.requests.memory must equal the limit " + limit + " (a JVM does not give memory back"
                    + " when the node runs short), is " + request);
        }
        String jvm = env.getOrDefault("JAVA_TOOL_OPTIONS", "");
        if (!jvm.contains("-XX:+ExitOnOutOfMemoryError")) {
            out.add(container + "JAVA_TOOL_OPTIONS must end the process on OutOfMemoryError (-XX:+ExitOnOutOfMemoryError): " + jvm);
        }
        Matcher m = PERCENTAGE.matcher(jvm);
        if (!m.find()) {
            out.add(container + "JAVA_TOOL_OPTIONS must size the heap with -XX:MaxRAMPercentage: " + jvm);
            return out;
        }
        long heap = (long) (limitBytes * Double.parseDouble(m.group(1)) / 100);
        if (limitBytes - heap < BESIDE_HEAP) {
            out.add(String.format(Locale.ROOT, "%sthe heap (%s%% of %s = %d MiB) leaves %d MiB beside it, less than %d MiB",
                    container, m.group(1), limit, heap >> 20, (limitBytes - heap) >> 20, BESIDE_HEAP >> 20));
        }
        if (launcherHeap != null && heap < launcherHeap) {
            out.add(String.format(Locale.ROOT, "%sthe heap (%s%% of %s = %d MiB) is smaller than the %d MiB the launcher gives"
                    + " the service (deploy/local/services)", container, m.group(1), limit, heap >> 20, launcherHeap >> 20));
        }
        return out;
    }

    /** Service name to its maximum heap in bytes, from the heap column of deploy/local/services. */
    static Map<String, Long> launcherHeaps(Path file) {
        Map<String, Long> heaps = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.trim().split("\\s+");
                if (line.isBlank() || fields[0].startsWith("#") || fields.length < 4) {
                    continue;
                }
                Matcher m = SIZE.matcher(fields[3]);
                if (m.matches()) {
                    long amount = Long.parseLong(m.group(1));
                    heaps.put(fields[0], amount << switch (m.group(2).toLowerCase(Locale.ROOT)) {
                        case "k" -> 10;
                        case "m" -> 20;
                        default -> 30;
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(heaps).filter(h -> !h.isEmpty())
                .orElseThrow(() -> new AssertionError(file + ": no service with a heap column"));
    }
}
