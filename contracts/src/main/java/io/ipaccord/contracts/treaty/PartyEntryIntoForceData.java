package io.ipaccord.contracts.treaty;

import java.time.LocalDate;

/**
 * Notification that {@code state} is bound by a treaty (or Act) from {@code date}, published when a recorded
 * instrument determines it. Schema: {@code META-INF/ipaccord/schemas/party-entry-into-force.v1.json}.
 *
 * @param treaty       treaty code; the record key
 * @param act          the Act the state's instrument was deposited under (e.g. Berne's {@code PARIS_1971}), else null
 * @param instrumentId the state's instrument that binds it
 */
public record PartyEntryIntoForceData(String treaty, String act, String state, LocalDate date, Long instrumentId) {
}
