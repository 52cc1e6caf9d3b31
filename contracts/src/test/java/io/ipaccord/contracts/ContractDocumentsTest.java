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
import java.util.Map;
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

import io.ipaccord.contracts.event.AttendanceMeasure;
import io.ipaccord.contracts.event.EventData;
import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;
import io.ipaccord.contracts.event.MeetingListStatus;
import io.ipaccord.contracts.event.OrganisationType;
import io.ipaccord.contracts.event.ParticipantKind;
import io.ipaccord.contracts.event.ParticipantRole;
import io.ipaccord.contracts.memberstate.MemberStateData;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.contracts.memberstate.SeatRole;
import io.ipaccord.contracts.memberstate.WipoBody;
import io.ipaccord.contracts.organisation.OrganisationData;
import io.ipaccord.contracts.organisation.OrganisationEventType;
import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.PartyEntryIntoForceData;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;
import io.ipaccord.contracts.treaty.TreatyCategory;
import io.ipaccord.contracts.treaty.TreatyData;
import io.ipaccord.contracts.treaty.TreatyEntryIntoForceData;
import io.ipaccord.contracts.treaty.TreatyChangeType;
import io.ipaccord.contracts.treaty.TreatyStatus;

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

    /** Every header the producers send (a CloudEvents.HEADER_* constant) is described, the actor as optional. */
    @Test
    void everyCloudEventsHeaderIsDescribedInTheAsyncApi() throws Exception {
        JsonNode headers = asyncApi().get("components").get("schemas").get("cloudEventHeaders");
        List<String> constants = new ArrayList<>();
        for (Field field : CloudEvents.class.getFields()) {
            if (field.getName().startsWith("HEADER_")) {
                constants.add((String) field.get(null));
            }
        }
        List<String> described = new ArrayList<>();
        headers.get("properties").fieldNames().forEachRemaining(described::add);
        assertThat(described).containsExactlyInAnyOrderElementsOf(constants);
        List<String> required = new ArrayList<>();
        headers.get("required").forEach(r -> required.add(r.asText()));
        assertThat(required).doesNotContain(CloudEvents.HEADER_ACTOR, CloudEvents.HEADER_TRACEPARENT);
        assertThat(CloudEvents.EXTENSION_ACTOR).as("a CloudEvents extension name").matches("[a-z0-9]{1,20}");
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

    @Test
    void everyOrganisationEventTypeIsAnAsyncApiMessageWithTheOrganisationSchema() throws Exception {
        Map<String, String> payloadByName = payloadByMessageName();
        for (OrganisationEventType type : OrganisationEventType.values()) {
            assertThat(payloadByName).as(type.ceType()).containsKey(type.ceType());
            assertThat("META-INF/ipaccord/" + payloadByName.get(type.ceType()).substring(2)).isEqualTo(Schemas.ORGANISATION_V1);
        }
        JsonNode organisations = asyncApi().get("channels").get("organisations");
        assertThat(organisations.get("address").asText()).isEqualTo(Topics.ORGANISATIONS);
        assertThat(organisations.get("messages").size()).as("one message per event type").isEqualTo(OrganisationEventType.values().length);
    }

    @Test
    void theOrganisationRecordSerialisesToValidSchemaDataWithoutItsTableName() {
        OrganisationData data = new OrganisationData("OA", "African Intellectual Property Organization", "OAPI",
                List.of("https://example.org/oapi"), "yes", 2, Instant.parse("2026-11-22T10:15:30Z"));
        JsonNode json = JSON.valueToTree(data);

        assertThat(errors(Schemas.ORGANISATION_V1, json)).isEmpty();
        assertThat(json.has("tableName")).as("tableName() is derived, not data").isFalse();
        assertThat(data.tableName()).isEqualTo("African Intellectual Property Organization (OAPI)");
    }

    @Test
    void theOrganisationSchemaRefusesWhatAConsumerCouldNotUse() {
        OrganisationData bad = new OrganisationData("oapi", "", "", List.of(""), "perhaps", -1, Instant.now());
        com.fasterxml.jackson.databind.node.ObjectNode json = JSON.valueToTree(bad);
        json.put("tableName", " ()");

        assertThat(errors(Schemas.ORGANISATION_V1, json)).extracting(ValidationMessage::getInstanceLocation)
                .map(Object::toString)
                .contains("$.code", "$.name", "$.shortName", "$.sources[0]", "$.verified", "$.version");
        assertThat(errors(Schemas.ORGANISATION_V1, json)).extracting(ValidationMessage::getMessage)
                .anyMatch(message -> message.contains("tableName"));
    }

    @Test
    void everyTreatyEventTypeIsAnAsyncApiMessageWithTheSchemaOfItsData() throws Exception {
        Map<String, String> payloadByName = payloadByMessageName();
        Map<Class<?>, String> schemaOf = Map.of(
                TreatyData.class, Schemas.TREATY_V1,
                InstrumentData.class, Schemas.INSTRUMENT_V1,
                TreatyEntryIntoForceData.class, Schemas.TREATY_ENTRY_INTO_FORCE_V1,
                PartyEntryIntoForceData.class, Schemas.PARTY_ENTRY_INTO_FORCE_V1);

        for (TreatyChangeType type : TreatyChangeType.values()) {
            assertThat(payloadByName).as(type.ceType()).containsKey(type.ceType());
            assertThat("META-INF/ipaccord/" + payloadByName.get(type.ceType()).substring(2)).isEqualTo(Schemas.TREATY_V1);
        }
        for (TreatyActionChangeType type : TreatyActionChangeType.values()) {
            assertThat(payloadByName).as(type.ceType()).containsKey(type.ceType());
            assertThat("META-INF/ipaccord/" + payloadByName.get(type.ceType()).substring(2))
                    .as(type.ceType()).isEqualTo(schemaOf.get(type.dataType()));
        }
    }

    @Test
    void theTreatyRecordSerialisesToValidSchemaData() {
        TreatyData.Delay threeMonths = new TreatyData.Delay(3, "MONTHS", "DEPOSIT");
        TreatyData.Rule rule = new TreatyData.Rule(List.of("RATIFICATION", "ACCESSION"),
                List.of(new TreatyData.Condition(8, null, null), new TreatyData.Condition(4, "PCT_CONDITION", null),
                        new TreatyData.Condition(1, null, "MADRID_AGREEMENT")),
                threeMonths, new TreatyData.Delay(3, "MONTHS", "NOTIFICATION"), true, null, LocalDate.of(2020, 4, 28),
                "Art.26", List.of("https://example.org/rule"), "partial", "count not verified");
        TreatyData.EntryIntoForce eif = new TreatyData.EntryIntoForce(LocalDate.of(2020, 4, 28), false, 12L);
        TreatyData data = new TreatyData("BEIJING", "Beijing Treaty", "Beijing Treaty on Audiovisual Performances",
                TreatyCategory.IP_PROTECTION.name(), "Beijing", LocalDate.of(2012, 6, 24), "Director General of WIPO",
                "In force 3 months after 30 instruments",
                List.of(new TreatyData.Act("PARIS_1971", "Paris Act (1971)", null, null, null),
                        new TreatyData.Act("GENEVA_1999", "Geneva Act (1999)", rule, TreatyStatus.IN_FORCE.name(), eif)),
                rule, LocalDate.of(2020, 4, 27), TreatyStatus.NOT_YET_IN_FORCE.name(), eif, 0,
                List.of("https://example.org/treaty"), "yes", null, 4, Instant.parse("2026-11-22T10:15:30Z"));

        assertThat(errors(Schemas.TREATY_V1, JSON.valueToTree(data))).isEmpty();
    }

    @Test
    void theTreatySchemaRefusesWhatAConsumerCouldNotUse() {
        TreatyData.Rule rule = new TreatyData.Rule(List.of("SIGNATURE"), List.of(new TreatyData.Condition(0, "lower", null)),
                new TreatyData.Delay(3, "WEEKS", "DEPOSIT"), null, false, null, null, null, List.of(), "maybe", null);
        TreatyData bad = new TreatyData("beijing", "", "Beijing Treaty", "COPYRIGHT", null, null, null, null, List.of(),
                rule, LocalDate.of(2020, 4, 27), "TERMINATED", null, -1, List.of(), "yes", null, 0, Instant.now());

        assertThat(errors(Schemas.TREATY_V1, JSON.valueToTree(bad))).extracting(ValidationMessage::getInstanceLocation)
                .map(Object::toString)
                .contains("$.code", "$.shortName", "$.category", "$.status", "$.partyCount", "$.rule.qualifyingTypes[0]",
                        "$.rule.conditions[0].count", "$.rule.verified");
    }

    @Test
    void theInstrumentAndDeterminationRecordsSerialiseToValidSchemaData() {
        InstrumentData instrument = new InstrumentData(7, "BERNE", "PARIS_1971", "CN", InstrumentType.ACCESSION.name(),
                LocalDate.of(1992, 7, 10), LocalDate.of(1992, 7, 15), null, "Berne Notification No. 140", "Appendix",
                List.of("https://example.org/berne"), List.of("PARIS_UNION"), "yes", "notification date inferred",
                false, 0, Instant.parse("2026-11-22T10:15:30Z"), LocalDate.of(1992, 10, 15));
        TreatyEntryIntoForceData treaty = new TreatyEntryIntoForceData("BEIJING", null, LocalDate.of(2020, 4, 28), 12L,
                List.of("CN", "ID", "JP"));
        PartyEntryIntoForceData party = new PartyEntryIntoForceData("BERNE", "PARIS_1971", "CN", LocalDate.of(1992, 10, 15), 7L);

        assertThat(errors(Schemas.INSTRUMENT_V1, JSON.valueToTree(instrument))).isEmpty();
        assertThat(errors(Schemas.TREATY_ENTRY_INTO_FORCE_V1, JSON.valueToTree(treaty))).isEmpty();
        assertThat(errors(Schemas.PARTY_ENTRY_INTO_FORCE_V1, JSON.valueToTree(party))).isEmpty();

        InstrumentData badInstrument = new InstrumentData(0, "BERNE", "paris", "CHN", "RESERVATION", LocalDate.of(1992, 7, 10),
                null, null, null, null, List.of(), List.of(), "perhaps", null, false, -1, Instant.now(), null);
        assertThat(errors(Schemas.INSTRUMENT_V1, JSON.valueToTree(badInstrument)))
                .extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .contains("$.id", "$.act", "$.state", "$.type", "$.verified", "$.version");
        assertThat(errors(Schemas.PARTY_ENTRY_INTO_FORCE_V1,
                JSON.valueToTree(new PartyEntryIntoForceData("BERNE", null, "cn", null, null))))
                .extracting(ValidationMessage::getInstanceLocation).map(Object::toString).contains("$.state", "$.date");
    }

    @Test
    void treatySchemaEnumsMatchTheJavaEnums() throws Exception {
        JsonNode treaty = schema(Schemas.TREATY_V1);
        assertThat(texts(treaty.get("properties").get("category").get("enum"))).containsExactlyElementsOf(names(TreatyCategory.class));
        assertThat(texts(treaty.get("$defs").get("status").get("enum"))).containsExactlyElementsOf(names(TreatyStatus.class));
        assertThat(texts(treaty.get("$defs").get("instrumentType").get("enum"))).containsExactlyElementsOf(names(InstrumentType.class));
        assertThat(texts(schema(Schemas.INSTRUMENT_V1).get("properties").get("type").get("enum")))
                .containsExactlyElementsOf(names(InstrumentType.class));
    }

    @Test
    void everyEventEventTypeIsAnAsyncApiMessageWithTheEventSchema() throws Exception {
        Map<String, String> payloadByName = payloadByMessageName();
        for (EventChangeType type : EventChangeType.values()) {
            assertThat(payloadByName).as(type.ceType()).containsKey(type.ceType());
            assertThat("META-INF/ipaccord/" + payloadByName.get(type.ceType()).substring(2)).isEqualTo(Schemas.EVENT_V1);
        }
        JsonNode events = asyncApi().get("channels").get("events");
        assertThat(events.get("address").asText()).isEqualTo(Topics.EVENTS);
        assertThat(events.get("messages").size()).as("event types plus the tombstone").isEqualTo(EventChangeType.values().length + 1);
    }

    @Test
    void theEventRecordSerialisesToValidSchemaData() {
        EventData data = new EventData("EV-2012-AVP-DC", EventType.DIPLOMATIC_CONFERENCE.name(),
                "Diplomatic Conference on the Protection of Audiovisual Performances", "Treaty adopted",
                LocalDate.of(2012, 6, 20), LocalDate.of(2012, 6, 26), "Beijing", null, "CN", null, EventStatus.HELD.name(),
                List.of("Convened by WIPO"), new EventData.Series("INTL_COPYRIGHT_FORUM", "International Copyright Forum", null),
                "EV-2024-DG-CN-VISIT", List.of("EV-2024-ICF"),
                List.of(new EventData.Participant(1, ParticipantKind.ORGANISATION.name(), "Music Copyright Society of China",
                                OrganisationType.CMO.name(), ParticipantRole.INVITEE.name(), null, null, "https://example.org/rt", null, null, null),
                        new EventData.Participant(2, ParticipantKind.PERSON.name(), "Liu Binjie", null, ParticipantRole.CHAIR.name(),
                                "President of the Conference", "NCAC", null, null, null, null),
                        new EventData.Participant(3, ParticipantKind.STATE.name(), "China", null, ParticipantRole.DELEGATE.name(),
                                null, null, "https://example.org/report", null, "CN", "member")),
                List.of(new EventData.Attendance(1, AttendanceMeasure.MEMBER_STATES.name(), 156, "WIPO figures", null),
                        new EventData.Attendance(2, AttendanceMeasure.MEMBER_STATES.name(), 154, "Beijing municipal account", null)),
                List.of("BEIJING"), List.of("CN"), List.of("https://example.org/event"), "yes", "dates verified", 2,
                Instant.parse("2026-11-22T10:15:30Z"),
                new EventData.Meeting("MTG-DIPCONF-AVP-2012", "DIPCONF", null, "diplomatic_conference", null, null, null,
                        null, null, 1, 0, 0, 0, 0, MeetingListStatus.UNCOUNTED.name(), "https://example.org/report", null));

        assertThat(errors(Schemas.EVENT_V1, JSON.valueToTree(data))).isEmpty();
    }

    @Test
    void theEventSchemaRefusesWhatAConsumerCouldNotUse() {
        EventData bad = new EventData("2012-AVP", "SUMMIT", "", null, LocalDate.of(2012, 6, 20), LocalDate.of(2012, 6, 26),
                null, null, "china", null, "POSTPONED", List.of(), null, null, List.of(),
                List.of(new EventData.Participant(1, "ROBOT", "R2", "CLUB", "HOST", null, null, null, null, "china", "")),
                List.of(new EventData.Attendance(1, "MEMBER_STATES", -3, "", null)),
                List.of("beijing"), List.of("CHN"), List.of(), "perhaps", null, -1, Instant.now(),
                new EventData.Meeting("SCCR-19", "", null, "summit", null, null, -1, null, null, -2, 0, 0, 0, 0, "FULL", null, null));

        assertThat(errors(Schemas.EVENT_V1, JSON.valueToTree(bad))).extracting(ValidationMessage::getInstanceLocation)
                .map(Object::toString)
                .contains("$.id", "$.type", "$.title", "$.hostCountry", "$.status", "$.participants[0].kind",
                        "$.participants[0].organisationType", "$.attendance[0].value", "$.attendance[0].source",
                        "$.relatedTreaties[0]", "$.relatedStates[0]", "$.verified", "$.version", "$.participants[0].partyCode",
                        "$.participants[0].capacity", "$.meeting.meetingId", "$.meeting.body", "$.meeting.meetingType",
                        "$.meeting.memberStatesReported", "$.meeting.memberStatesListed", "$.meeting.listStatus");
    }

    @Test
    void eventSchemaEnumsMatchTheJavaEnums() throws Exception {
        JsonNode properties = schema(Schemas.EVENT_V1).get("properties");
        JsonNode participant = properties.get("participants").get("items").get("properties");
        assertThat(texts(properties.get("type").get("enum"))).containsExactlyElementsOf(names(EventType.class));
        assertThat(texts(properties.get("status").get("enum"))).containsExactlyElementsOf(names(EventStatus.class));
        assertThat(texts(participant.get("kind").get("enum"))).containsExactlyElementsOf(names(ParticipantKind.class));
        assertThat(texts(properties.get("meeting").get("oneOf").get(1).get("properties").get("listStatus").get("enum")))
                .containsExactlyElementsOf(names(MeetingListStatus.class));
        assertThat(texts(participant.get("organisationType").get("oneOf").get(1).get("enum")))
                .containsExactlyElementsOf(names(OrganisationType.class));
        assertThat(texts(participant.get("role").get("enum"))).containsExactlyElementsOf(names(ParticipantRole.class));
        assertThat(texts(properties.get("attendance").get("items").get("properties").get("measure").get("enum")))
                .containsExactlyElementsOf(names(AttendanceMeasure.class));
    }

    private static Set<ValidationMessage> errors(JsonNode data) {
        return errors(Schemas.MEMBER_STATE_V1, data);
    }

    private static Set<ValidationMessage> errors(String schemaLocation, JsonNode data) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(resource(schemaLocation));
        return schema.validate(data);
    }

    private static JsonNode schema() throws Exception {
        return schema(Schemas.MEMBER_STATE_V1);
    }

    private static JsonNode schema(String location) throws Exception {
        try (InputStream in = resource(location)) {
            return JSON.readTree(in);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** Each AsyncAPI message's name ({@code ce_type}) and its payload's {@code $ref} ("" for an inline payload). */
    private static Map<String, String> payloadByMessageName() throws Exception {
        Map<String, String> payloadByName = new java.util.HashMap<>();
        asyncApi().get("components").get("messages").forEach(m -> payloadByName.put(m.get("name").asText(),
                m.get("payload").has("$ref") ? m.get("payload").get("$ref").asText() : ""));
        return payloadByName;
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
