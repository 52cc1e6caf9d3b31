package io.ipaccord.treaty.instrument;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a deposit, correction or withdrawal determined, as answered to the caller (the same facts go to Kafka as
 * entry-into-force notifications).
 *
 * @param kind TREATY_IN_FORCE (date, parties, instrumentId: the trigger), PARTY_BOUND (state, date, instrumentId)
 *             or DENUNCIATION_EFFECTIVE (state, date, instrumentId: the denunciation)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeterminationView(String kind, String act, String state, LocalDate date, Long instrumentId,
        List<String> parties) {

    public static final String TREATY_IN_FORCE = "TREATY_IN_FORCE";
    public static final String PARTY_BOUND = "PARTY_BOUND";
    public static final String DENUNCIATION_EFFECTIVE = "DENUNCIATION_EFFECTIVE";
}
