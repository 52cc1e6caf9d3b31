package io.ipaccord.deploy.k8s;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every overlay rendered alone and with every subset of the components it does not list itself, each with
 * {@code kubectl kustomize}. Rendered once per test JVM into target/k8s/rendered.
 */
final class Variants {

    private static List<Variant> all;

    private Variants() {
    }

    static synchronized List<Variant> all() {
        if (all == null) {
            all = render();
        }
        return all;
    }

    static List<Variant> production() {
        return all().stream().filter(Variant::production).toList();
    }

    static List<String> overlays() {
        return folders(Workspace.k8s().resolve("overlays"));
    }

    static List<String> components() {
        return folders(Workspace.k8s().resolve("components"));
    }

    private static List<Variant> render() {
        Path k8s = Workspace.k8s();
        Path work = Workspace.dir();
        List<String> components = components();
        List<Variant> variants = new ArrayList<>();
        try {
            Files.createDirectories(work.resolve("rendered"));
            for (String overlay : overlays()) {
                Path overlayDir = k8s.resolve("overlays").resolve(overlay);
                JsonNode kustomization = new YAMLMapper().readTree(overlayDir.resolve("kustomization.yaml").toFile());
                List<String> own = new ArrayList<>();
                kustomization.path("components").forEach(c -> own.add(overlayDir.resolve(c.asText()).normalize().getFileName().toString()));
                List<String> optional = components.stream().filter(c -> !own.contains(c)).toList();
                for (int mask = 0; mask < 1 << optional.size(); mask++) {
                    List<String> added = new ArrayList<>();
                    for (int i = 0; i < optional.size(); i++) {
                        if ((mask & 1 << i) != 0) {
                            added.add(optional.get(i));
                        }
                    }
                    String name = String.join("+", Stream.concat(Stream.of(overlay), added.stream()).toList());
                    Path dir = added.isEmpty() ? overlayDir : wrapper(work.resolve("variants").resolve(name), overlayDir,
                            kustomization.path("namespace").asText(""), added);
                    Proc result = Proc.run(List.of(Tools.get().kubectl.toString(), "kustomize", dir.toString()), dir,
                            Duration.ofMinutes(1));
                    if (result.exitCode() != 0) {
                        throw new AssertionError("kubectl kustomize " + name + " failed:\n" + result.stderr());
                    }
                    Path file = work.resolve("rendered").resolve(name + ".yaml");
                    Files.writeString(file, result.stdout());
                    List<String> effective = new ArrayList<>(own);
                    effective.addAll(added);
                    variants.add(new Variant(name, overlay, List.copyOf(effective), file, parse(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(variants);
    }

    /** A kustomization that adds components to an overlay, in the overlay's namespace. */
    private static Path wrapper(Path dir, Path overlay, String namespace, List<String> components) throws IOException {
        Files.createDirectories(dir);
        StringBuilder yaml = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n");
        if (!namespace.isEmpty()) {
            yaml.append("namespace: ").append(namespace).append('\n');
        }
        yaml.append("resources:\n  - ").append(dir.relativize(overlay)).append("\ncomponents:\n");
        for (String component : components) {
            yaml.append("  - ").append(dir.relativize(Workspace.k8s().resolve("components").resolve(component))).append('\n');
        }
        Files.writeString(dir.resolve("kustomization.yaml"), yaml);
        return dir;
    }

    static List<JsonNode> parse(Path file) {
        try (JsonParser parser = new YAMLFactory().createParser(file.toFile())) {
            List<JsonNode> objects = new ArrayList<>();
            Variant.MAPPER.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    objects.add(node);
                }
            });
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    private static List<String> folders(Path parent) {
        try (Stream<Path> dirs = Files.list(parent)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
