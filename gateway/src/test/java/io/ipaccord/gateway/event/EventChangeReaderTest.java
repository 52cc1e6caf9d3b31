package io.ipaccord.gateway.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.event.AttendanceMeasure;
import io.ipaccord.contracts.event.EventChangeType;
import io.ipaccord.contracts.event.EventStatus;
import io.ipaccord.contracts.event.EventType;
import io.ipaccord.contracts.event.ParticipantRole;
import io.ipaccord.gateway.memberstate.Verification;

class EventChangeReaderTest {

    /** As event-service's outbox publishes it (contracts' event.v1.json). */
    private static final String VALUE = """
            {"id":"EV-2012-AVP-DC","type":"DIPLOMATIC_CONFERENCE","title":"Diplomatic Conference",
             "summary":"Treaty adopted","startDate":"2012-06-20","endDate":"2012-06-26","city":"Beijing","region":null,
             "hostCountry":"CN","venue":null,"status":"HELD","organisers":["WIPO"],
             "series":null,"parentId":null,"childIds":[],
             "participants":[{"id":4,"kind":"ORGANISATION","name":"Government of China",
                              "organisationType":"GOVERNMENT_BODY","role":"HOST","title":null,"affiliation":null,
                              "source":"events.csv","note":null}],
             "attendance":[{"id":1,"measure":"MEMBER_STATES","value":156,"source":"WIPO figures","note":null},
                           {"id":2,"measure":"MEMBER_STATES","value":154,"source":"Beijing municipal account","note":null}],
             "relatedTreaties":["BEIJING"],"relatedStates":[],"sources":["https://example.org"],"verified":"yes",
             "notes":null,"version":2,"updatedAt":"2026-11-22T10:00:00Z"}
            """;

    private final EventChangeReader reader =
            new EventChangeReader(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void readsACloudEvent() {
        EventChange change = reader.read("EV-2012-AVP-DC", headers(EventChangeType.SCHEDULED.ceType()), VALUE)
                .orElseThrow();

        assertThat(change.type()).isEqualTo(EventChangeType.SCHEDULED);
        Event event = change.event();
        assertThat(event.id()).isEqualTo("EV-2012-AVP-DC");
        assertThat(event.type()).isEqualTo(EventType.DIPLOMATIC_CONFERENCE);
        assertThat(event.status()).isEqualTo(EventStatus.HELD);
        assertThat(event.endDate()).isEqualTo(LocalDate.of(2012, 6, 26));
        assertThat(event.hostCountry()).isEqualTo("CN");
        assertThat(event.relatedTreatyCodes()).containsExactly("BEIJING");
        assertThat(event.verified()).isEqualTo(Verification.YES);
        assertThat(event.participants()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("4");
            assertThat(p.role()).isEqualTo(ParticipantRole.HOST);
        });
        assertThat(event.attendance()).extracting(Attendance::measure).containsOnly(AttendanceMeasure.MEMBER_STATES);
        assertThat(event.attendance()).extracting(Attendance::value).containsExactly(156, 154);
        assertThat(event.version()).isEqualTo(2);
    }

    @Test
    void skipsTombstonesUnknownTypesAndUnreadableRecords() {
        assertThat(reader.read("EV-1", headers(EventChangeType.REMOVED.ceType()), null)).isEmpty();
        assertThat(reader.read("EV-1", headers("io.ipaccord.event.renamed.v9"), VALUE)).isEmpty();
        assertThat(reader.read("EV-1", headers(EventChangeType.UPDATED.ceType()), "{not json")).isEmpty();
        assertThat(reader.read("EV-1", headers(EventChangeType.UPDATED.ceType()), "{\"id\":\"EV-1\",\"type\":\"PARTY\"}"))
                .isEmpty();
    }

    private static RecordHeaders headers(String ceType) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEvents.HEADER_ID, "evt-1".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEvents.HEADER_TYPE, ceType.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
