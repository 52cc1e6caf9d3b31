package io.ipaccord.gateway.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.ipaccord.contracts.CloudEvents;
import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.TreatyActionChangeType;

class TreatyActionReaderTest {

    private final TreatyActionReader reader =
            new TreatyActionReader(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void readsAnInstrument() {
        String value = """
                {"id":4,"treaty":"BEIJING","act":null,"state":"ID","type":"RATIFICATION","depositDate":"2020-01-28",
                 "notificationDate":null,"namedEffectiveDate":null,"notificationReference":null,"notes":null,
                 "sources":["https://example.org"],"groups":[],"verified":"yes","verificationNote":null,
                 "withdrawn":false,"version":0,"updatedAt":"2026-11-22T10:00:00Z"}
                """;

        TreatyAction action = reader.read("BEIJING", headers(TreatyActionChangeType.INSTRUMENT_DEPOSITED), value)
                .orElseThrow();

        assertThat(action).isInstanceOfSatisfying(TreatyAction.InstrumentChanged.class, changed -> {
            assertThat(changed.type()).isEqualTo(TreatyActionChangeType.INSTRUMENT_DEPOSITED);
            assertThat(changed.instrument().id()).isEqualTo("4");
            assertThat(changed.instrument().type()).isEqualTo(InstrumentType.RATIFICATION);
            assertThat(changed.instrument().depositDate()).isEqualTo(LocalDate.of(2020, 1, 28));
        });
    }

    @Test
    void readsEntryIntoForceNotifications() {
        TreatyAction treaty = reader.read("BEIJING", headers(TreatyActionChangeType.TREATY_ENTRY_INTO_FORCE_DETERMINED),
                """
                {"treaty":"BEIJING","act":null,"date":"2020-04-28","triggeringInstrumentId":4,"parties":["CN","ID"]}
                """).orElseThrow();
        TreatyAction party = reader.read("BEIJING", headers(TreatyActionChangeType.PARTY_ENTRY_INTO_FORCE_DETERMINED),
                """
                {"treaty":"BEIJING","act":null,"state":"CF","date":"2020-11-19","instrumentId":9}
                """).orElseThrow();

        assertThat(treaty).isInstanceOfSatisfying(TreatyAction.Determined.class, d -> {
            EntryIntoForce e = d.entryIntoForce();
            assertThat(e.kind()).isEqualTo(EntryIntoForceKind.TREATY);
            assertThat(e.parties()).containsExactly("CN", "ID");
            assertThat(e.instrumentId()).isEqualTo("4");
            assertThat(e.state()).isNull();
            assertThat(e.eventId()).isEqualTo("evt-1");
            assertThat(e.time()).isEqualTo(Instant.parse("2026-11-22T10:00:01Z"));
        });
        assertThat(party).isInstanceOfSatisfying(TreatyAction.Determined.class, d -> {
            assertThat(d.entryIntoForce().kind()).isEqualTo(EntryIntoForceKind.PARTY);
            assertThat(d.entryIntoForce().state()).isEqualTo("CF");
            assertThat(d.entryIntoForce().date()).isEqualTo(LocalDate.of(2020, 11, 19));
        });
    }

    @Test
    void skipsWhatItCannotRead() {
        assertThat(reader.read("BEIJING", headers(TreatyActionChangeType.INSTRUMENT_DEPOSITED), null)).isEmpty();
        assertThat(reader.read("BEIJING", headers(TreatyActionChangeType.INSTRUMENT_DEPOSITED), "{not json")).isEmpty();
        RecordHeaders unknown = new RecordHeaders();
        unknown.add(CloudEvents.HEADER_ID, "evt-2".getBytes(StandardCharsets.UTF_8));
        unknown.add(CloudEvents.HEADER_TYPE, "io.ipaccord.instrument.shredded.v9".getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read("BEIJING", unknown, "{}")).isEmpty();
    }

    private static RecordHeaders headers(TreatyActionChangeType type) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEvents.HEADER_ID, "evt-1".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEvents.HEADER_TYPE, type.ceType().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEvents.HEADER_TIME, "2026-11-22T10:00:01Z".getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
