package io.ipaccord.contracts.treaty.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing a deposit, correction or withdrawal determined, as answered in an {@link InstrumentReceipt}. The
 * same facts go to Kafka as {@code TreatyEntryIntoForceData} and {@code PartyEntryIntoForceData} (a denunciation's
 * effect only in the instrument's own event). Absent fields are left out of the JSON.
 *
 * @param act          the Act concerned, if any
 * @param state        PARTY_BOUND, DENUNCIATION_EFFECTIVE: the state
 * @param instrumentId TREATY_IN_FORCE: the trigger; PARTY_BOUND: the binding instrument; DENUNCIATION_EFFECTIVE: the denunciation
 * @param parties      TREATY_IN_FORCE: the states bound from {@code date}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Determination(DeterminationKind kind, String act, String state, LocalDate date, Long instrumentId,
        List<String> parties) {
}
