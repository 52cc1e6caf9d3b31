package io.ipaccord.treaty.partyimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.ipaccord.contracts.treaty.InstrumentType;
import io.ipaccord.treaty.instrument.Instrument;
import io.ipaccord.treaty.partytable.PartyRow;

/**
 * One instrument a row of a contracting-parties table records, with only the facts the table has (the shared
 * row-to-instruments mapping): {@code signature_date} a SIGNATURE, {@code instrument_type}/{@code instrument_date}
 * the binding instrument with {@code entry_into_force_date} as its recorded entry into force,
 * {@code denunciation_date} a DENUNCIATION with {@code termination_date} as its named effective date; {@code notes}
 * on the binding instrument (on the signature when there is none); {@code source_url} the first source of each. An
 * import compares and writes these facts only: anything else on a stored instrument (notification date, reference,
 * further sources, groups, Act) is left alone.
 *
 * @param line     the row's line in the file
 * @param ownNotes whether the row's notes belong to this instrument
 */
record TableInstrument(int line, String party, Kind kind, InstrumentType type, LocalDate date,
                       LocalDate recordedEntryIntoForce, LocalDate namedEffectiveDate, boolean ownNotes, String notes,
                       String source) {

    /** What a table row can record; a stored instrument of the same party and kind is its counterpart. */
    enum Kind {
        SIGNATURE, BINDING, DENUNCIATION;

        static Kind of(InstrumentType type) {
            if (type == InstrumentType.SIGNATURE || type == InstrumentType.SIGNATURE_WITHOUT_RESERVATION) {
                return SIGNATURE;
            }
            if (type == InstrumentType.DENUNCIATION) {
                return DENUNCIATION;
            }
            return type.binds() ? BINDING : null;
        }
    }

    /** The row's instruments for {@code party} (its state code, or the code of the organisation it names). */
    static List<TableInstrument> of(PartyRow row, String party) {
        List<TableInstrument> out = new ArrayList<>();
        boolean binding = row.instrumentType() != null;
        if (row.signatureDate() != null) {
            out.add(new TableInstrument(row.line(), party, Kind.SIGNATURE, InstrumentType.SIGNATURE, row.signatureDate(),
                    null, null, !binding, row.notes(), row.sourceUrl()));
        }
        if (binding) {
            out.add(new TableInstrument(row.line(), party, Kind.BINDING, row.instrumentType(),
                    row.instrumentType() == InstrumentType.UNKNOWN ? null : row.instrumentDate(), row.entryIntoForce(),
                    null, true, row.notes(), row.sourceUrl()));
        }
        if (row.denunciationDate() != null) {
            out.add(new TableInstrument(row.line(), party, Kind.DENUNCIATION, InstrumentType.DENUNCIATION,
                    row.denunciationDate(), null, row.terminationDate(), false, null, row.sourceUrl()));
        }
        return out;
    }

    /** Whether a stored instrument is of this party and kind, so may be this one's counterpart. */
    boolean sameKind(Instrument i) {
        return i.stateCode.equals(party) && Kind.of(i.type) == kind;
    }

    /** Whether the stored instrument already has every fact the table gives for it. */
    boolean sameAs(Instrument i) {
        return (kind == Kind.SIGNATURE || i.type == type)
                && Objects.equals(i.depositDate, date)
                && (kind != Kind.BINDING || Objects.equals(i.recordedEntryIntoForce, recordedEntryIntoForce))
                && (kind != Kind.DENUNCIATION || Objects.equals(i.namedEffectiveDate, namedEffectiveDate))
                && (!ownNotes || Objects.equals(i.notes, notes))
                && (source == null || (!i.provenance.sources.isEmpty() && i.provenance.sources.get(0).equals(source)));
    }

    /** Writes the table's facts on a stored instrument (a new one, or a correction), leaving the others alone. */
    void applyTo(Instrument i, String treaty) {
        i.treatyCode = treaty;
        i.stateCode = party;
        if (kind != Kind.SIGNATURE || i.type == null) {
            i.type = type;
        }
        i.depositDate = date;
        if (kind == Kind.BINDING) {
            i.recordedEntryIntoForce = recordedEntryIntoForce;
        }
        if (kind == Kind.DENUNCIATION) {
            i.namedEffectiveDate = namedEffectiveDate;
        }
        if (ownNotes) {
            i.notes = notes;
        }
        if (source != null) {
            List<String> sources = new ArrayList<>(i.provenance.sources);
            sources.remove(source);
            sources.add(0, source);
            i.provenance.sources = sources;
        }
    }
}
