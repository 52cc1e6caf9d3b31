package io.ipaccord.contracts.treaty;

import java.time.LocalDate;
import java.util.List;

/**
 * Notification that a treaty (or Act) enters into force on {@code date} for its first {@code parties}, published
 * when a recorded instrument determines it. Schema: {@code META-INF/ipaccord/schemas/treaty-entry-into-force.v1.json}.
 *
 * @param treaty                 treaty code; the record key
 * @param act                    the Act's code when the Act has a rule of its own, else null
 * @param triggeringInstrumentId the instrument that completed the count, null when none is on record
 * @param parties                ISO 3166-1 alpha-2 codes of the states bound from {@code date}
 */
public record TreatyEntryIntoForceData(String treaty, String act, LocalDate date, Long triggeringInstrumentId,
        List<String> parties) {
}
