package io.ipaccord.contracts.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The contract in this module against the last released one (contracts/released/&lt;version&gt;): nothing that
 * breaks a consumer lands without a new topic version. The check itself is tried on copies of the contract with
 * deliberate breaking changes (each must be reported, naming the topic, event type and field) and with additions
 * (none may be).
 */
class ContractCompatibilityTest {

    static final Path RELEASES = Path.of("released");
    static final Path CURRENT = Path.of("src/main/resources/META-INF/ipaccord");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir Path copy;

    @BeforeEach
    void copyTheCurrentContract() throws IOException {
        try (Stream<Path> files = Files.walk(CURRENT)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(CURRENT.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void theContractIsCompatibleWithTheLastRelease() {
        Path release = CompatibilityCheck.latestRelease(RELEASES);
        assertThat(CompatibilityCheck.breakingChanges(release, CURRENT))
                .as("breaking changes since contract " + release.getFileName()
                        + " (publish them on a new topic version, see contracts/README.md)")
                .isEmpty();
    }

    @Test
    void releasesAreOrderedByVersionNumber() {
        assertThat(CompatibilityCheck.compareVersions("0.10.0", "0.9.1")).isPositive();
        assertThat(CompatibilityCheck.compareVersions("1.0", "1.0.0")).isZero();
    }

    @Test
    void aRemovedFieldIsReported() {
        editJson("schemas/member-state.v1.json", s -> {
            ((ObjectNode) s.path("properties")).remove("name");
            removeValue((ArrayNode) s.path("required"), "name");
        });
        assertThat(breaks()).contains("ipaccord.member-states.v1 io.ipaccord.member-state.registered.v1 payload"
                + " schemas/member-state.v1.json /properties/name: field removed");
    }

    @Test
    void aNarrowedTypeIsReported() {
        editJson("schemas/party-entry-into-force.v1.json",
                s -> ((ObjectNode) s.at("/properties/act")).put("type", "string"));
        assertThat(breaks()).contains("ipaccord.treaty-actions.v1 io.ipaccord.party.entry-into-force-determined.v1"
                + " payload schemas/party-entry-into-force.v1.json /properties/act: type narrowed from [null, string] to [string]");
    }

    @Test
    void aNewRequiredFieldIsReported() {
        editJson("schemas/organisation.v1.json", s -> {
            ((ObjectNode) s.path("properties")).putObject("region").put("type", "string");
            ((ArrayNode) s.path("required")).add("region");
        });
        assertThat(breaks()).contains("ipaccord.organisations.v1 io.ipaccord.organisation.updated.v1 payload"
                + " schemas/organisation.v1.json /properties/region: new required field");
    }

    @Test
    void aRemovedEnumValueIsReportedAlsoInsideArrays() {
        editJson("schemas/member-state.v1.json",
                s -> removeValue((ArrayNode) s.at("/properties/seats/items/properties/role/enum"), "VICE_CHAIR"));
        assertThat(breaks()).contains("ipaccord.member-states.v1 io.ipaccord.member-state.updated.v1 payload"
                + " schemas/member-state.v1.json /properties/seats/items/properties/role: enum value VICE_CHAIR removed or renamed");
    }

    @Test
    void aRenamedEventTypeIsReported() {
        editYaml(doc -> ((ObjectNode) doc.at("/components/messages/memberStateUpdated"))
                .put("name", "io.ipaccord.member-state.changed.v1"));
        assertThat(breaks()).containsExactly(
                "ipaccord.member-states.v1 io.ipaccord.member-state.updated.v1: event type removed or renamed");
    }

    @Test
    void aRenamedTopicIsReported() {
        editYaml(doc -> ((ObjectNode) doc.at("/channels/treaties")).put("address", "ipaccord.treaties.v2"));
        assertThat(breaks()).containsExactly(
                "ipaccord.treaties.v1: topic removed or renamed (keep it served beside its successor)");
    }

    @Test
    void aRetypedKeyAndARemovedSchemaFileAreReported() throws IOException {
        editYaml(doc -> ((ObjectNode) doc.at("/components/messages/eventScheduled/bindings/kafka/key"))
                .put("pattern", "^EV-[0-9]+$"));
        Files.delete(copy.resolve("schemas/organisation.v1.json"));
        Files.copy(CURRENT.resolve("schemas/member-state.v1.json"), copy.resolve("schemas/organisation.v1.json"));
        Files.move(copy.resolve("schemas/treaty-entry-into-force.v1.json"), copy.resolve("schemas/treaty-eif.v1.json"));
        editYaml(doc -> ((ObjectNode) doc.at("/components/messages/treatyEntryIntoForceDetermined/payload"))
                .put("$ref", "./schemas/treaty-eif.v1.json"));
        assertThat(breaks())
                .contains("ipaccord.events.v1 io.ipaccord.event.scheduled.v1 key /: pattern changed from"
                        + " \"^EV-[A-Za-z0-9][A-Za-z0-9-]{0,76}$\" to \"^EV-[0-9]+$\"")
                .contains("schemas/treaty-entry-into-force.v1.json: schema file removed")
                .anyMatch(b -> b.startsWith("ipaccord.organisations.v1 io.ipaccord.organisation.registered.v1 payload"
                        + " schemas/organisation.v1.json /properties/shortName: field removed"));
    }

    @Test
    void additionsAndANewTopicVersionServedBesideTheOldOneAreNotBreaking() throws IOException {
        editJson("schemas/treaty.v1.json", s -> {
            ((ObjectNode) s.path("properties")).putObject("depositary").putArray("type").add("string").add("null");
            ((ArrayNode) s.at("/$defs/status/enum")).add("SUSPENDED"); // referenced twice
        });
        // v2 of the treaties topic drops a field, served beside v1, which stays as it was
        Files.copy(CURRENT.resolve("schemas/treaty.v1.json"), copy.resolve("schemas/treaty.v2.json"));
        editJson("schemas/treaty.v2.json", s -> {
            ((ObjectNode) s.path("properties")).remove("partyCount");
            removeValue((ArrayNode) s.path("required"), "partyCount");
        });
        editYaml(doc -> {
            ObjectNode v2 = ((ObjectNode) doc.path("channels")).putObject("treatiesV2");
            v2.put("address", "ipaccord.treaties.v2");
            ObjectNode message = ((ObjectNode) doc.at("/components/messages")).putObject("treatyRegisteredV2");
            message.put("name", "io.ipaccord.treaty.registered.v2");
            message.putObject("payload").put("$ref", "./schemas/treaty.v2.json");
            v2.putObject("messages").putObject("treatyRegistered").put("$ref", "#/components/messages/treatyRegisteredV2");
            ObjectNode registeredAgain = ((ObjectNode) doc.at("/channels/treaties/messages")).putObject("treatyAmended");
            registeredAgain.put("$ref", "#/components/messages/treatyUpdated");
        });
        assertThat(breaks()).isEmpty();
    }

    private List<String> breaks() {
        return CompatibilityCheck.breakingChanges(CURRENT, copy);
    }

    private JsonNode read(String file) {
        try {
            return (file.endsWith(".json") ? JSON : YAML).readTree(copy.resolve(file).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void editJson(String file, Consumer<JsonNode> edit) {
        JsonNode schema = read(file);
        edit.accept(schema);
        write(JSON, file, schema);
    }

    private void editYaml(Consumer<JsonNode> edit) {
        JsonNode doc = read("asyncapi.yaml");
        edit.accept(doc);
        write(YAML, "asyncapi.yaml", doc);
    }

    private void write(ObjectMapper mapper, String file, JsonNode content) {
        try {
            mapper.writeValue(copy.resolve(file).toFile(), content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void removeValue(ArrayNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(value)) {
                array.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException(value + " not in " + array);
    }
}
