package io.ipaccord.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.contracts.memberstate.SeatRole;
import io.ipaccord.contracts.memberstate.WipoBody;

/** The documents integrators read must agree with the constants and records producers use. */
class ContractDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyTopicConstantIsAnAsyncApiChannelAndViceVersa() throws Exception {
        JsonNode channels = asyncApi().get("channels");
        List<String> addresses = new ArrayList<>();
        channels.forEach(channel -> addresses.add(channel.get("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(constants(Topics.class));
        assertThat(addresses).allMatch(a -> a.matches("ipaccord\\.[a-z-]+\\.v\\d+"));
    }

    @Test
    void everyMemberStateEventTypeIsAnAsyncApiMessage() throws Exception {
        List<String> names = new ArrayList<>();
        asyncApi().get("components").get("messages").forEach(m -> names.add(m.get("name").asText()));
        assertThat(names).containsAll(Arrays.stream(MemberStateEventType.values()).map(MemberStateEventType::ceType).toList());
    }

    @Test
    void asyncApiPayloadReferencesResolveToShippedSchemas() throws Exception {
        List<String> refs = new ArrayList<>();
        asyncApi().get("components").get("messages").forEach(m -> {
            JsonNode ref = m.get("payload").get("$ref");
            if (ref != null) {
                refs.add(ref.asText());
            }
        });
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("./schemas/");
            try (InputStream schema = resource("META-INF/ipaccord/" + ref.substring(2))) {
                assertThat(schema).as(ref).isNotNull();
            }
        }
    }

    @Test
    void theMemberStateRecordSerialisesToValidSchemaData() {
        MemberStateData data = new MemberStateData("CN", "CHN", "156", "China", LocalDate.of(1980, 6, 3),
                List.of("https://example.org/source"), "yes",
                List.of(new MemberStateData.Seat(7, WipoBody.COORDINATION_COMMITTEE.name(), SeatRole.MEMBER.name(),
                        LocalDate.of(2023, 10, 1), null)),
                3, Instant.parse("2026-11-22T10:15:30Z"));

        assertThat(errors(JSON.valueToTree(data))).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatAConsumerCouldNotUse() {
        JsonNode bad = JSON.valueToTree(new MemberStateData("cn", "CHN", "156", "", null, List.of(), "perhaps",
                List.of(new MemberStateData.Seat(1, "SECURITY_COUNCIL", "MEMBER", LocalDate.of(2020, 1, 1), null)),
                -1, Instant.now()));

        assertThat(errors(bad)).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .contains("$.code", "$.name", "$.verified", "$.seats[0].body", "$.version");
    }

    @Test
    void schemaEnumsMatchTheJavaEnums() throws Exception {
        JsonNode seat = schema().get("properties").get("seats").get("items").get("properties");
        List<String> bodies = new ArrayList<>();
        seat.get("body").get("enum").forEach(n -> bodies.add(n.asText()));
        List<String> roles = new ArrayList<>();
        seat.get("role").get("enum").forEach(n -> roles.add(n.asText()));
        assertThat(bodies).containsExactlyElementsOf(Arrays.stream(WipoBody.values()).map(Enum::name).toList());
        assertThat(roles).containsExactlyElementsOf(Arrays.stream(SeatRole.values()).map(Enum::name).toList());
    }

    private static Set<ValidationMessage> errors(JsonNode data) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(resource(Schemas.MEMBER_STATE_V1));
        return schema.validate(data);
    }

    private static JsonNode schema() throws Exception {
        try (InputStream in = resource(Schemas.MEMBER_STATE_V1)) {
            return JSON.readTree(in);
        }
    }

    private static JsonNode asyncApi() throws Exception {
        try (InputStream in = resource(Schemas.ASYNCAPI)) {
            return YAML.readTree(in);
        }
    }

    private static InputStream resource(String path) {
        return ContractDocumentsTest.class.getClassLoader().getResourceAsStream(path);
    }

    private static List<String> constants(Class<?> type) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }
}
