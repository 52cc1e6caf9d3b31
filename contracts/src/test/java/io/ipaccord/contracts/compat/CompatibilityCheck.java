package io.ipaccord.contracts.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Compares a contract (an AsyncAPI document and the JSON Schemas beside it, as in
 * {@code src/main/resources/META-INF/ipaccord}) with a released one ({@code contracts/released/<version>}) and lists
 * every change that breaks a consumer of the released contract. Both sides count: a consumer built on the released
 * contract reads new records, and a consumer built on the new contract replays the old records still on the topic.
 * <p>
 * Breaking, per channel (topic) address of the released document: the channel is gone (a removed or renamed topic);
 * one of its messages (event types, by {@code name}, the {@code ce_type}) is gone; a message's payload, headers or
 * key schema changed incompatibly: a property removed, a property added as required or made required, a type
 * narrowed or widened, an enum value removed, an enum, const, pattern or format added or changed, a bound tightened,
 * {@code additionalProperties: false} added. Also a released schema file that is gone. Not breaking: a new channel
 * (e.g. {@code ipaccord.treaties.v2} served beside {@code .v1}), a new message, a new optional property, a new enum
 * value, a constraint removed, a description changed.
 */
public final class CompatibilityCheck {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASYNCAPI = "asyncapi.yaml";
    private static final List<String> BOUNDS_LOWER = List.of("minimum", "exclusiveMinimum", "minLength", "minItems");
    private static final List<String> BOUNDS_UPPER = List.of("maximum", "exclusiveMaximum", "maxLength", "maxItems");
    private static final List<String> EXACT = List.of("const", "pattern", "format");

    private final Path released;
    private final Path current;
    private final List<String> breaks = new ArrayList<>();

    private CompatibilityCheck(Path released, Path current) {
        this.released = released;
        this.current = current;
    }

    /**
     * Every breaking change from {@code released} to {@code current}, each naming the topic, the message and the
     * field (as a JSON pointer into the schema file); empty when consumers of the released contract are safe.
     */
    public static List<String> breakingChanges(Path released, Path current) {
        CompatibilityCheck check = new CompatibilityCheck(released, current);
        check.run();
        return List.copyOf(check.breaks);
    }

    /** The newest folder under {@code releases} by version number (e.g. {@code 0.10.0} after {@code 0.9.1}). */
    public static Path latestRelease(Path releases) {
        try (Stream<Path> dirs = Files.list(releases)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(ASYNCAPI)))
                    .max(Comparator.comparing(d -> d.getFileName().toString(), CompatibilityCheck::compareVersions))
                    .orElseThrow(() -> new IllegalStateException("no released contract (" + ASYNCAPI + ") under " + releases));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private void run() {
        JsonNode before = read(released.resolve(ASYNCAPI));
        JsonNode after = read(current.resolve(ASYNCAPI));
        for (String file : schemaFiles(released)) {
            if (!Files.isRegularFile(current.resolve(file))) {
                breaks.add(file + ": schema file removed");
            }
        }
        Map<String, JsonNode> channelsAfter = channelsByAddress(after);
        channelsByAddress(before).forEach((address, channel) -> {
            JsonNode next = channelsAfter.get(address);
            if (next == null) {
                breaks.add(address + ": topic removed or renamed (keep it served beside its successor)");
                return;
            }
            Map<String, JsonNode> messagesAfter = messagesByName(after, next);
            messagesByName(before, channel).forEach((name, message) -> {
                JsonNode successor = messagesAfter.get(name);
                if (successor == null) {
                    breaks.add(address + " " + name + ": event type removed or renamed");
                    return;
                }
                compareMessage(address + " " + name, before, message, after, successor);
            });
        });
    }

    private void compareMessage(String where, JsonNode docBefore, JsonNode before, JsonNode docAfter, JsonNode after) {
        Schema payloadBefore = schema(docBefore, released, before.path("payload"));
        Schema payloadAfter = schema(docAfter, current, after.path("payload"));
        compare(where + " payload " + payloadBefore.file(), payloadBefore, payloadAfter, "");
        compare(where + " headers", schema(docBefore, released, before.path("headers")),
                schema(docAfter, current, after.path("headers")), "");
        compare(where + " key", new Schema("", before.path("bindings").path("kafka").path("key"), MissingNode.getInstance()),
                new Schema("", after.path("bindings").path("kafka").path("key"), MissingNode.getInstance()), "");
    }

    /** A schema node with the document it came from, so local {@code $ref}s resolve. */
    private record Schema(String file, JsonNode node, JsonNode document) {

        Schema at(JsonNode child) {
            return new Schema(file, child, document);
        }
    }

    private Schema schema(JsonNode asyncApi, Path dir, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            return schema(asyncApi, dir, asyncApi.at(ref.substring(1)));
        }
        if (!ref.isEmpty()) {
            String file = Path.of(ref).normalize().toString();
            JsonNode document = read(dir.resolve(file));
            return new Schema(file, document, document);
        }
        return new Schema("", node, asyncApi);
    }

    private Schema resolve(Schema schema) {
        Schema at = schema;
        for (int depth = 0; depth < 20 && at.node().has("$ref"); depth++) {
            String ref = at.node().path("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException(schema.file() + ": only local $refs are supported, found " + ref);
            }
            at = at.at(at.document().at(ref.substring(1)));
        }
        return at;
    }

    private void compare(String where, Schema before, Schema after, String pointer) {
        Schema old = resolve(before);
        Schema next = resolve(after);
        String at = where + " " + (pointer.isEmpty() ? "/" : pointer);
        if (old.node().isMissingNode()) {
            return;
        }
        if (next.node().isMissingNode()) {
            breaks.add(at + ": schema removed");
            return;
        }
        Set<String> typesBefore = types(old);
        Set<String> typesAfter = types(next);
        if (!typesBefore.isEmpty() || !typesAfter.isEmpty()) {
            Set<String> lost = new TreeSet<>(typesBefore);
            lost.removeAll(typesAfter);
            Set<String> gained = new TreeSet<>(typesAfter);
            gained.removeAll(typesBefore);
            if (!typesBefore.isEmpty() && !lost.isEmpty()) {
                breaks.add(at + ": type narrowed from " + typesBefore + " to " + (typesAfter.isEmpty() ? "any" : typesAfter));
            } else if (!typesBefore.isEmpty() && !gained.isEmpty()) {
                breaks.add(at + ": type widened from " + typesBefore + " to " + typesAfter
                        + " (consumers of the released contract never saw " + gained + ")");
            } else if (typesBefore.isEmpty()) {
                breaks.add(at + ": type narrowed from any to " + typesAfter);
            }
        }
        compareEnums(at, enumValues(old), enumValues(next));
        for (String keyword : EXACT) {
            JsonNode was = constraint(old, keyword);
            JsonNode is = constraint(next, keyword);
            if (!is.isMissingNode() && !is.equals(was)) {
                breaks.add(at + ": " + keyword + (was.isMissingNode() ? " added: " + is : " changed from " + was + " to " + is));
            }
        }
        for (String keyword : BOUNDS_LOWER) {
            bound(at, keyword, constraint(old, keyword), constraint(next, keyword), 1);
        }
        for (String keyword : BOUNDS_UPPER) {
            bound(at, keyword, constraint(old, keyword), constraint(next, keyword), -1);
        }
        Map<String, Schema> propsBefore = properties(old);
        Map<String, Schema> propsAfter = properties(next);
        Set<String> requiredBefore = required(old);
        Set<String> requiredAfter = required(next);
        propsBefore.forEach((name, schema) -> {
            Schema successor = propsAfter.get(name);
            if (successor == null) {
                breaks.add(at(where, pointer, name) + ": field removed");
                return;
            }
            if (requiredAfter.contains(name) && !requiredBefore.contains(name)) {
                breaks.add(at(where, pointer, name) + ": field made required (records already on the topic may lack it)");
            }
            compare(where, schema, successor, pointer + "/properties/" + name);
        });
        propsAfter.keySet().stream().filter(name -> !propsBefore.containsKey(name) && requiredAfter.contains(name))
                .forEach(name -> breaks.add(at(where, pointer, name) + ": new required field"));
        if (closed(next) && !closed(old)) {
            breaks.add(at + ": additionalProperties: false added (fields sent today would be refused)");
        }
        JsonNode itemsBefore = nonNull(old).stream().map(s -> s.node().path("items")).filter(n -> !n.isMissingNode())
                .findFirst().orElse(MissingNode.getInstance());
        JsonNode itemsAfter = nonNull(next).stream().map(s -> s.node().path("items")).filter(n -> !n.isMissingNode())
                .findFirst().orElse(MissingNode.getInstance());
        if (!itemsBefore.isMissingNode()) {
            compare(where, old.at(itemsBefore), next.at(itemsAfter), pointer + "/items");
        }
    }

    private static String at(String where, String pointer, String property) {
        return where + " " + pointer + "/properties/" + property;
    }

    private void compareEnums(String at, Optional<Set<String>> before, Optional<Set<String>> after) {
        if (after.isEmpty()) {
            return;
        }
        if (before.isEmpty()) {
            breaks.add(at + ": enum added " + after.get());
            return;
        }
        for (String value : before.get()) {
            if (!after.get().contains(value)) {
                breaks.add(at + ": enum value " + value + " removed or renamed");
            }
        }
    }

    private void bound(String at, String keyword, JsonNode before, JsonNode after, int stricterSign) {
        if (after.isMissingNode() || !after.isNumber()) {
            return;
        }
        if (before.isMissingNode() || Double.compare(after.asDouble(), before.asDouble()) * stricterSign > 0) {
            breaks.add(at + ": " + keyword + (before.isMissingNode() ? " added: " + after : " tightened from " + before + " to " + after));
        }
    }

    /** The schema and, for a {@code oneOf}/{@code anyOf} of alternatives, each alternative except {@code null}. */
    private List<Schema> nonNull(Schema schema) {
        List<Schema> all = new ArrayList<>();
        all.add(schema);
        for (String combinator : List.of("oneOf", "anyOf")) {
            for (JsonNode branch : schema.node().path(combinator)) {
                Schema resolved = resolve(schema.at(branch));
                if (!types(resolved).equals(Set.of("null"))) {
                    all.addAll(nonNull(resolved));
                }
            }
        }
        return all;
    }

    private Set<String> types(Schema schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.node().path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        }
        type.forEach(t -> {
            if (t.isTextual()) {
                types.add(t.asText());
            }
        });
        for (String combinator : List.of("oneOf", "anyOf")) {
            for (JsonNode branch : schema.node().path(combinator)) {
                Set<String> branchTypes = types(resolve(schema.at(branch)));
                types.addAll(branchTypes.isEmpty() ? Set.of("any") : branchTypes);
            }
        }
        return types;
    }

    private Optional<Set<String>> enumValues(Schema schema) {
        Set<String> values = new LinkedHashSet<>();
        boolean any = false;
        for (Schema s : nonNull(schema)) {
            if (s.node().has("enum")) {
                any = true;
                s.node().path("enum").forEach(v -> {
                    if (!v.isNull()) {
                        values.add(v.asText());
                    }
                });
            }
        }
        return any ? Optional.of(values) : Optional.empty();
    }

    private JsonNode constraint(Schema schema, String keyword) {
        return nonNull(schema).stream().map(s -> s.node().path(keyword)).filter(n -> !n.isMissingNode()).findFirst()
                .orElse(MissingNode.getInstance());
    }

    private Map<String, Schema> properties(Schema schema) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (Schema s : nonNull(schema)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = s.node().path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                properties.putIfAbsent(e.getKey(), s.at(e.getValue()));
            }
        }
        return properties;
    }

    private Set<String> required(Schema schema) {
        Set<String> required = new TreeSet<>();
        nonNull(schema).forEach(s -> s.node().path("required").forEach(r -> required.add(r.asText())));
        return required;
    }

    private boolean closed(Schema schema) {
        return nonNull(schema).stream().anyMatch(s -> s.node().path("additionalProperties").isBoolean()
                && !s.node().path("additionalProperties").asBoolean());
    }

    private static Map<String, JsonNode> channelsByAddress(JsonNode asyncApi) {
        Map<String, JsonNode> channels = new LinkedHashMap<>();
        asyncApi.path("channels").forEach(c -> channels.put(c.path("address").asText(), c));
        return channels;
    }

    /** A channel's messages by their {@code name} (the CloudEvents type), resolved from the components. */
    private static Map<String, JsonNode> messagesByName(JsonNode asyncApi, JsonNode channel) {
        Map<String, JsonNode> messages = new LinkedHashMap<>();
        channel.path("messages").forEach(m -> {
            JsonNode message = m.has("$ref") ? asyncApi.at(m.path("$ref").asText().substring(1)) : m;
            messages.put(message.path("name").asText(), message);
        });
        return messages;
    }

    private static List<String> schemaFiles(Path dir) {
        Path schemas = dir.resolve("schemas");
        if (!Files.isDirectory(schemas)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(schemas)) {
            return files.map(f -> "schemas/" + f.getFileName()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return (file.toString().endsWith(".json") ? JSON : YAML).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
