package io.ipaccord.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the deployment must match, read from the services' and the contracts' own sources. */
final class Sources {

    /** A Quarkus service of the reactor: a top-level module whose application.properties sets quarkus.http.port. */
    record Service(String name, int port, Properties properties) {

        Optional<String> property(String key) {
            return Optional.ofNullable(properties.getProperty(key)).map(String::trim);
        }

        boolean usesDatabase() {
            return property("quarkus.datasource.db-kind").isPresent();
        }

        boolean usesKafka() {
            return properties.stringPropertyNames().stream()
                    .anyMatch(k -> k.matches("(%[a-z]+\\.)?(kafka\\.|mp\\.messaging\\.).*"));
        }

        /** Names of the REST clients configured with a URL (quarkus.rest-client.NAME.url). */
        List<String> restClients() {
            Pattern url = Pattern.compile("quarkus\\.rest-client\\.([a-z0-9-]+)\\.url");
            return properties.stringPropertyNames().stream().map(url::matcher).filter(Matcher::matches)
                    .map(m -> m.group(1)).sorted().toList();
        }

        Path file() {
            return Workspace.repoRoot().resolve(name).resolve(PROPERTIES);
        }
    }

    /** A Kafka topic of the contract; compacted when contracts says it keeps the latest state per key. */
    record Topic(String name, boolean compacted, String declaredIn) {
    }

    static final String PROPERTIES = "src/main/resources/application.properties";
    /** The defaults platform gives every service that depends on it (read below the service's own file). */
    private static final Path SHARED_DEFAULTS = Path.of("platform/src/main/resources/META-INF/microprofile-config.properties");
    private static final Path TOPICS = Path.of("contracts/src/main/java/io/ipaccord/contracts/Topics.java");
    private static final Path ASYNCAPI = Path.of("contracts/src/main/resources/META-INF/ipaccord/asyncapi.yaml");
    private static final Pattern CONSTANT = Pattern.compile(
            "(?:/\\*\\*((?:(?!\\*/).)*)\\*/\\s*)?public\\s+static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]+)\"\\s*;",
            Pattern.DOTALL);

    private static final Pattern COMPACTED = Pattern.compile("(?<!not )\\bcompacted\\b", Pattern.CASE_INSENSITIVE);

    private Sources() {
    }

    static List<Service> services() {
        Path root = Workspace.repoRoot();
        try (Stream<Path> modules = Files.list(root)) {
            List<Service> services = new ArrayList<>();
            for (Path module : modules.filter(Files::isDirectory).sorted(Comparator.naturalOrder()).toList()) {
                Path file = module.resolve(PROPERTIES);
                if (!Files.isRegularFile(file) || !Files.isRegularFile(module.resolve("pom.xml"))) {
                    continue;
                }
                Properties properties = new Properties(sharedDefaults(root, module));
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                }
                String port = properties.getProperty("quarkus.http.port");
                if (port != null) {
                    services.add(new Service(module.getFileName().toString(), Integer.parseInt(port.trim()), properties));
                }
            }
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Platform's defaults when the module depends on platform, else none. */
    private static Properties sharedDefaults(Path root, Path module) throws IOException {
        Properties defaults = new Properties();
        if (Files.readString(module.resolve("pom.xml")).contains("<artifactId>platform</artifactId>")) {
            try (Reader reader = Files.newBufferedReader(root.resolve(SHARED_DEFAULTS))) {
                defaults.load(reader);
            }
        }
        return defaults;
    }

    static Service service(String name) {
        return services().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no module " + name + " with quarkus.http.port in its " + PROPERTIES));
    }

    /** Topics named in Topics.java constants or AsyncAPI channel addresses, by name. */
    static Map<String, Topic> topics() {
        Path root = Workspace.repoRoot();
        Map<String, Topic> topics = new TreeMap<>();
        try {
            Matcher m = CONSTANT.matcher(Files.readString(root.resolve(TOPICS)));
            while (m.find()) {
                String doc = m.group(1) == null ? "" : m.group(1);
                topics.merge(m.group(3), new Topic(m.group(3), compacted(doc), TOPICS + " " + m.group(2)), Sources::either);
            }
            JsonNode channels = new YAMLMapper().readTree(root.resolve(ASYNCAPI).toFile()).path("channels");
            channels.properties().forEach(channel -> {
                String address = channel.getValue().path("address").asText("");
                if (!address.isEmpty()) {
                    boolean compacted = compacted(channel.getValue().path("description").asText(""));
                    topics.merge(address, new Topic(address, compacted, ASYNCAPI + " " + channel.getKey()), Sources::either);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    /** "Compacted: the latest state per key" marks a state topic; "not compacted" an event log. */
    private static boolean compacted(String text) {
        return COMPACTED.matcher(text).find();
    }

    private static Topic either(Topic a, Topic b) {
        return new Topic(a.name(), a.compacted() || b.compacted(), a.declaredIn() + ", " + b.declaredIn());
    }
}
