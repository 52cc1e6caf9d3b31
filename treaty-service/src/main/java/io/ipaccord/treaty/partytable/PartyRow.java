package io.ipaccord.treaty.partytable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.treaty.engine.RecordedInstrument;

/**
 * One row of a contracting-parties table (one party of one treaty), as {@link PartyTable} read it: blank fields are
 * {@code null}.
 *
 * @param line             the physical CSV line the row starts on (1 = the header)
 * @param partyName        {@code party_name_source}: how the depositary names the party
 * @param iso2             the state's ISO 3166-1 alpha-2 code; {@code null} for an organisation
 * @param organisation     {@code party_kind} is {@code igo}
 * @param instrumentType   the binding instrument's type ({@link InstrumentType#UNKNOWN} for {@code unknown}), {@code null}
 *                         when the row records no instrument
 * @param instrumentDate   its deposit date; {@code null} without an instrument or for UNKNOWN
 * @param entryIntoForce   the depositary's recorded entry into force for the party
 */
public record PartyRow(
        int line,
        String treatyCode,
        String partyName,
        String iso2,
        boolean organisation,
        LocalDate signatureDate,
        InstrumentType instrumentType,
        LocalDate instrumentDate,
        LocalDate entryIntoForce,
        LocalDate denunciationDate,
        LocalDate terminationDate,
        String notes,
        String sourceUrl) {

    /** The key a table holds once: a state's code, an organisation's name. */
    public String partyKey() {
        return organisation ? "igo:" + partyName : iso2;
    }

    /**
     * The engine's instruments of this row for {@code partyCode} (the state's code, or the organisation's ST.3 code
     * the caller resolved from its name), per the shared row-to-instruments mapping: the signature, the binding
     * instrument carrying the recorded entry into force, and a denunciation naming the termination date as its
     * effective date. Act {@code null}: the tables cover the treaty as a whole.
     */
    public List<RecordedInstrument> instruments(String partyCode) {
        List<RecordedInstrument> out = new ArrayList<>();
        if (signatureDate != null) {
            out.add(RecordedInstrument.of(partyCode, InstrumentType.SIGNATURE, signatureDate));
        }
        if (instrumentType != null) {
            out.add(new RecordedInstrument(partyCode, instrumentType, null,
                    instrumentType == InstrumentType.UNKNOWN ? null : instrumentDate, null, null, Set.of(), null,
                    entryIntoForce));
        }
        if (denunciationDate != null) {
            out.add(new RecordedInstrument(partyCode, InstrumentType.DENUNCIATION, null, denunciationDate, null,
                    terminationDate, Set.of(), null, null));
        }
        return out;
    }
}
