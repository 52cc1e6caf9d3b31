package io.ipaccord.contracts.treaty.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.ipaccord.contracts.treaty.DateDiscrepancy;
import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.contracts.treaty.PartyStanding;

/**
 * One row of a treaty's contracting-parties table as of a date, as JSON: the items of
 * {@code GET /treaties/{code}/party-table} (with {@code Accept: application/json} or {@code format=json}). The
 * table's facts (the same as the CSV form's columns) beside the party's standing from the engine.
 *
 * @param party                  the party code (ISO 3166-1 alpha-2 for a state, WIPO ST.3 for an organisation)
 * @param name                   the party's name as its owner publishes it; an organisation's is "Name (SHORT)"
 * @param kind                   {@code state} or {@code igo}, as the table's {@code party_kind}
 * @param status                 the standing as of the date, null when the engine gives none
 * @param signed                 the signature's date
 * @param instrumentType         the binding instrument's type, null with a signature only
 * @param instrumentDate         its deposit date (null for an {@link InstrumentType#UNKNOWN} instrument)
 * @param entryIntoForce         the authoritative date: recorded if there is one, else computed
 * @param recordedEntryIntoForce the depositary's recorded date on the binding instrument
 * @param computedEntryIntoForce the engine's date, never read from the recorded one
 * @param datesAgree             whether recorded and computed agree; null when either is missing
 * @param discrepancy            why they differ (or why one is missing); null when they agree
 * @param denunciationDate       a denunciation's deposit date
 * @param terminationDate        the effective date the denunciation names
 * @param notes                  the binding instrument's notes, the signature's when there is none
 * @param sources                the sources of the row's instruments, each once, binding instrument first
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartyTableEntry(
        String treaty,
        String party,
        String name,
        String kind,
        PartyStanding status,
        LocalDate signed,
        InstrumentType instrumentType,
        LocalDate instrumentDate,
        LocalDate entryIntoForce,
        LocalDate recordedEntryIntoForce,
        LocalDate computedEntryIntoForce,
        Boolean datesAgree,
        DateDiscrepancy discrepancy,
        LocalDate denunciationDate,
        LocalDate terminationDate,
        String notes,
        List<String> sources) {
}
