package io.ipaccord.contracts.treaty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An instrument a state deposited for a treaty (or one of its Acts), as carried by the instrument events
 * on the treaty-actions topic and answered by treaty-service's REST API.
 * Schema: {@code META-INF/ipaccord/schemas/instrument.v1.json}.
 *
 * @param id                    treaty-service's id of the instrument
 * @param treaty                treaty code; the record key
 * @param act                   the Act's code, null when deposited for the treaty as such
 * @param state                 the depositing party's code: ISO 3166-1 alpha-2 for a state, WIPO ST.3 for an organisation
 * @param type                  an {@link InstrumentType} name
 * @param depositDate           deposit date (signature date for a signature, receipt date for a denunciation); null
 *                              only for an {@link InstrumentType#UNKNOWN} instrument
 * @param notificationDate      date the depositary notified the deposit, when recorded
 * @param namedEffectiveDate    an effective date the instrument itself names, if any
 * @param notificationReference the depositary's reference, e.g. {@code Beijing Notification No. 5}
 * @param groups                eligibility groups the state belonged to at deposit (e.g. PARIS_UNION), for rules that count groups
 * @param withdrawn             recorded in error and withdrawn: kept, but no longer counts
 * @param version               increases by one with every correction or withdrawal
 * @param recordedEntryIntoForce the depositary's recorded entry into force for the party, when on record
 */
public record InstrumentData(
        long id,
        String treaty,
        String act,
        String state,
        String type,
        LocalDate depositDate,
        LocalDate notificationDate,
        LocalDate namedEffectiveDate,
        String notificationReference,
        String notes,
        List<String> sources,
        List<String> groups,
        String verified,
        String verificationNote,
        boolean withdrawn,
        long version,
        Instant updatedAt,
        LocalDate recordedEntryIntoForce) {
}
