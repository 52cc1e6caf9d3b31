package io.ipaccord.gateway.memberstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.memberstate.MemberStateEventType;
import io.ipaccord.contracts.memberstate.WipoBody;

class MemberStateChangeReaderTest {

    private static final String VALUE = """
            {"code":"CN","alpha3":"CHN","numeric":"156","name":"China","memberSince":"1980-06-03",
             "sources":["https://example.org"],"verified":"yes",
             "seats":[{"id":7,"body":"SCCR","role":"CHAIR","termFrom":"2024-01-01","termTo":null}],
             "version":3,"updatedAt":"2026-11-22T10:00:00Z"}
            """;

    private final MemberStateChangeReader reader =
            new MemberStateChangeReader(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void readsACloudEvent() {
        var change = reader.read("CN", headers(MemberStateEventType.UPDATED.ceType()), VALUE).orElseThrow();

        assertThat(change.type()).isEqualTo(MemberStateEventType.UPDATED);
        assertThat(change.code()).isEqualTo("CN");
        assertThat(change.eventId()).isEqualTo("evt-1");
        assertThat(change.time()).isEqualTo(Instant.parse("2026-11-22T10:00:01Z"));
        assertThat(change.state().memberSince()).isEqualTo(LocalDate.of(1980, 6, 3));
        assertThat(change.state().verified()).isEqualTo(Verification.YES);
        assertThat(change.state().bodies()).singleElement().satisfies(seat -> {
            assertThat(seat.body()).isEqualTo(WipoBody.SCCR);
            assertThat(seat.id()).isEqualTo("7");
        });
    }

    @Test
    void skipsTombstonesAndUnknownTypes() {
        assertThat(reader.read("CN", headers(MemberStateEventType.REMOVED.ceType()), null)).isEmpty();
        assertThat(reader.read("CN", headers("io.ipaccord.member-state.renamed.v9"), VALUE)).isEmpty();
        assertThat(reader.read("CN", headers(MemberStateEventType.UPDATED.ceType()), "{not json")).isEmpty();
    }

    private static RecordHeaders headers(String ceType) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEvents.HEADER_ID, "evt-1".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEvents.HEADER_TYPE, ceType.getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEvents.HEADER_TIME, "2026-11-22T10:00:01Z".getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
