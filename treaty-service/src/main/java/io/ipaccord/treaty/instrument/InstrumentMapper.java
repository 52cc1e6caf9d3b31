package io.ipaccord.treaty.instrument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.ipaccord.contracts.treaty.InstrumentData;
import io.ipaccord.contracts.treaty.api.InstrumentInput;
import io.ipaccord.treaty.common.Provenance;
import io.ipaccord.treaty.engine.RecordedInstrument;

/** Entity to API and event data (one shape, the contract's {@link InstrumentData}), and to the engine's instrument. */
public final class InstrumentMapper {

    /** Recording order: the engine keeps it for same-day deposits, which decides the trigger on a tie. */
    private static final Comparator<Instrument> RECORDING_ORDER = Comparator
            .comparing((Instrument i) -> i.depositDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(i -> i.id, Comparator.nullsLast(Comparator.naturalOrder()));

    private InstrumentMapper() {
    }

    public static InstrumentData toData(Instrument i) {
        return new InstrumentData(i.id, i.treatyCode, i.actCode, i.stateCode, i.type.name(), i.depositDate,
                i.notificationDate, i.namedEffectiveDate, i.notificationReference, i.notes, List.copyOf(i.provenance.sources),
                List.copyOf(i.groups), i.provenance.verified, i.provenance.verificationNote, i.withdrawn, i.version, i.updatedAt.toInstant(),
                i.recordedEntryIntoForce);
    }

    /** The engine's instrument; its reference is the instrument's id, so results map back to records. */
    public static RecordedInstrument toEngine(Instrument i) {
        return new RecordedInstrument(i.stateCode, i.type, i.actCode,
                i.depositDate, i.notificationDate, i.namedEffectiveDate, Set.copyOf(i.groups), String.valueOf(i.id),
                i.recordedEntryIntoForce);
    }

    /** The engine's instruments in recording order. */
    public static List<RecordedInstrument> toEngine(Collection<Instrument> instruments) {
        List<Instrument> sorted = new ArrayList<>(instruments);
        sorted.sort(RECORDING_ORDER);
        return sorted.stream().map(InstrumentMapper::toEngine).toList();
    }

    /** The id of the record an engine instrument was made from. */
    public static Long idOf(RecordedInstrument instrument) {
        return instrument == null || instrument.reference() == null ? null : Long.valueOf(instrument.reference());
    }

    /** The request that would write the instrument as it is (to correct some of its facts). */
    public static InstrumentInput toInput(Instrument i) {
        return new InstrumentInput(i.treatyCode, i.actCode, i.stateCode, i.type, i.depositDate, i.notificationDate,
                i.namedEffectiveDate, i.notificationReference, i.notes, List.copyOf(i.provenance.sources), List.copyOf(i.groups),
                i.provenance.verified, i.provenance.verificationNote, i.recordedEntryIntoForce);
    }

    public static void apply(InstrumentInput input, Instrument i) {
        i.treatyCode = input.treaty();
        i.actCode = blankToNull(input.act());
        i.stateCode = input.state();
        i.type = input.type();
        i.depositDate = input.depositDate();
        i.notificationDate = input.notificationDate();
        i.namedEffectiveDate = input.namedEffectiveDate();
        i.recordedEntryIntoForce = input.recordedEntryIntoForce();
        i.notificationReference = blankToNull(input.notificationReference());
        i.notes = blankToNull(input.notes());
        i.groups = input.groups() == null ? new ArrayList<>() : new ArrayList<>(input.groups().stream().distinct().sorted().toList());
        i.provenance = Provenance.of(input.sources(), input.verified(), blankToNull(input.verificationNote()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
