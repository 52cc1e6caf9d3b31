package io.ipaccord.contracts.treaty.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.PartyStanding;

/** The JSON treaty-service answers and its clients read back: one record on both sides. */
class TreatyApiBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final InstrumentData INSTRUMENT = new InstrumentData(7, "BEIJING", null, "ID", "RATIFICATION",
            LocalDate.of(2020, 1, 28), null, null, null, null, List.of(), List.of(), "no", null, false, 0,
            Instant.parse("2024-01-01T00:00:00Z"), LocalDate.of(2020, 4, 28));

    @Test
    void aReceiptIsTheInstrumentsFieldsPlusItsDeterminations() throws Exception {
        InstrumentReceipt receipt = new InstrumentReceipt(INSTRUMENT, List.of(
                new Determination(DeterminationKind.TREATY_IN_FORCE, null, null, LocalDate.of(2020, 4, 28), 7L, List.of("ID")),
                new Determination(DeterminationKind.PARTY_BOUND, null, "ID", LocalDate.of(2020, 4, 28), 7L, null)));

        JsonNode json = JSON.valueToTree(receipt);
        assertThat(json.get("id").asLong()).isEqualTo(7);
        assertThat(json.get("type").asText()).isEqualTo("RATIFICATION");
        assertThat(json.has("instrument")).isFalse();
        assertThat(json.get("determinations").get(0).get("kind").asText()).isEqualTo("TREATY_IN_FORCE");
        assertThat(json.get("determinations").get(1).has("parties")).as("absent fields are left out").isFalse();
        assertThat(json.get("determinations").get(1).has("act")).isFalse();

        assertThat(JSON.treeToValue(json, InstrumentReceipt.class)).isEqualTo(receipt);
    }

    @Test
    void aMembershipsStatusIsAStanding() throws Exception {
        Membership bound = new Membership("BEIJING", null, "ID", PartyStanding.BOUND, LocalDate.of(2012, 12, 18), 7L,
                InstrumentType.RATIFICATION, LocalDate.of(2020, 1, 28), LocalDate.of(2020, 4, 28), null,
                LocalDate.of(2020, 4, 28), LocalDate.of(2020, 4, 28), true, null);

        JsonNode json = JSON.valueToTree(bound);
        assertThat(json.get("status").asText()).isEqualTo("BOUND");
        assertThat(json.get("instrumentType").asText()).isEqualTo("RATIFICATION");
        assertThat(JSON.treeToValue(json, Membership.class)).isEqualTo(bound);
    }
}
