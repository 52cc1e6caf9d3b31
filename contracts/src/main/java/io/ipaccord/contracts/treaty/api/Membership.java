package io.ipaccord.contracts.treaty.api;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.ipaccord.contracts.treaty.DateDiscrepancy;
import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.PartyStanding;

/**
 * A party's standing in a treaty as of a date, computed by treaty-service's engine from the instruments on record:
 * the items of {@code GET /treaties/{code}/parties}, {@code GET /states/{state}/treaties} and the membership batches.
 * A party is a member state or an intergovernmental organisation ({@code state} holds its party code).
 *
 * @param act                the Act it concerns: the Act's own rule, or the Act its instrument was deposited under
 * @param state              the party code (ISO 3166-1 alpha-2 for a state, WIPO ST.3 for an organisation)
 * @param signed             first signature date
 * @param instrumentId       the instrument that makes it a contracting party
 * @param instrumentType     that instrument's type
 * @param deposited          that instrument's deposit date; null for an {@link InstrumentType#UNKNOWN} instrument
 * @param bound              the authoritative date it is bound since (BOUND, DENOUNCED) or from (CONTRACTING_NOT_YET_BOUND,
 *                           when determined): the depositary's recorded date where there is one, else the computed one
 * @param denouncedEffective a denunciation's effect date, pending (BOUND) or reached (DENOUNCED)
 * @param recordedBound      the depositary's recorded entry into force for the party, null when not on record
 * @param computedBound      the engine's date from the instruments and the rule, never from the recorded one; null when
 *                           the rule cannot date it
 * @param datesAgree         whether recorded and computed are the same date; null when either is missing
 * @param discrepancy        why they differ (or why one is missing); null when they agree or the party has neither
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Membership(
        String treaty,
        String act,
        String state,
        PartyStanding status,
        LocalDate signed,
        Long instrumentId,
        InstrumentType instrumentType,
        LocalDate deposited,
        LocalDate bound,
        LocalDate denouncedEffective,
        LocalDate recordedBound,
        LocalDate computedBound,
        Boolean datesAgree,
        DateDiscrepancy discrepancy) {
}
